/**
 * The LLM judge against the humans (issue 14 point 4): on drafts that carry a judge verdict and
 * have a final human call (judge-verdict.ts), the confusion matrix judge verdict × human decision
 * and Cohen's κ of judge pass/fail against human pass/fail — overall, per model version and per
 * prompt version — so a team can see whether its automatic judge can be trusted. κ needs
 * MIN_SHARED_ITEMS mapped drafts, like reviewer agreement.
 */
import { cohenKappa, rawAgreement } from './agreement';
import { compareKeys } from './decision-counts';
import type { HumanDecision, Pass } from './judge-verdict';
import { HUMAN_DECISIONS, humanPass, judgePass, judgeVerdictKey } from './judge-verdict';
import type { AgreementValue } from './not-enough-overlap';
import { agreementValue } from './not-enough-overlap';

/** One row of the matrix: how often the humans decided each way on drafts given this verdict. */
export type JudgeMatrixRow = { judgeVerdict: string; meaning: Pass | null } & Record<
  HumanDecision,
  number
>;

export interface JudgeComparison {
  /** `all`, or the model version / prompt version key. */
  key: string;
  /** Drafts compared (with a judge verdict and a human call). */
  drafts: number;
  matrix: JudgeMatrixRow[];
  /** Judge pass/fail × human pass/fail, over drafts whose verdict has a meaning. */
  passFail: {
    judgePassHumanPass: number;
    judgePassHumanFail: number;
    judgeFailHumanPass: number;
    judgeFailHumanFail: number;
  };
  /** Drafts whose judge verdict is neither pass nor fail (left out of κ). */
  unmapped: number;
  kappa: AgreementValue;
  rawAgreement: AgreementValue;
}

export interface JudgeStats {
  overall: JudgeComparison;
  perModelVersion: JudgeComparison[];
  perPromptVersion: JudgeComparison[];
}

class JudgeTally {
  private readonly rows = new Map<string, Record<HumanDecision, number>>();
  private readonly judge: Pass[] = [];
  private readonly human: Pass[] = [];
  private drafts = 0;
  private unmapped = 0;

  add(verdict: string, decision: HumanDecision): void {
    this.drafts += 1;
    const key = judgeVerdictKey(verdict);
    let row = this.rows.get(key);
    if (row === undefined) {
      row = { approved: 0, edited: 0, rejected: 0, escalated: 0 };
      this.rows.set(key, row);
    }
    row[decision] += 1;
    const meaning = judgePass(verdict);
    if (meaning === undefined) {
      this.unmapped += 1;
    } else {
      this.judge.push(meaning);
      this.human.push(humanPass(decision));
    }
  }

  result(key: string): JudgeComparison {
    const matrix = [...this.rows.keys()].sort(compareKeys).map((judgeVerdict) => {
      const row = this.rows.get(judgeVerdict) as Record<HumanDecision, number>;
      const counts = Object.fromEntries(
        HUMAN_DECISIONS.map((decision) => [decision, row[decision]]),
      ) as Record<HumanDecision, number>;
      return { judgeVerdict, meaning: judgePass(judgeVerdict) ?? null, ...counts };
    });
    const passFail = {
      judgePassHumanPass: 0,
      judgePassHumanFail: 0,
      judgeFailHumanPass: 0,
      judgeFailHumanFail: 0,
    };
    for (let i = 0; i < this.judge.length; i += 1) {
      const judgePasses = this.judge[i] === 'pass';
      const humanPasses = this.human[i] === 'pass';
      if (judgePasses) {
        passFail[humanPasses ? 'judgePassHumanPass' : 'judgePassHumanFail'] += 1;
      } else {
        passFail[humanPasses ? 'judgeFailHumanPass' : 'judgeFailHumanFail'] += 1;
      }
    }
    const items = this.judge.length;
    return {
      key,
      drafts: this.drafts,
      matrix,
      passFail,
      unmapped: this.unmapped,
      kappa: agreementValue(items, () => cohenKappa(this.judge, this.human)),
      rawAgreement: agreementValue(items, () => rawAgreement(this.judge, this.human)),
    };
  }
}

/** The key of the whole comparison. */
export const ALL_DRAFTS = 'all';

export class JudgeAccumulator {
  private readonly overall = new JudgeTally();
  private readonly byModel = new Map<string, JudgeTally>();
  private readonly byPrompt = new Map<string, JudgeTally>();

  add(verdict: string, decision: HumanDecision, modelVersion: string, promptVersion: string): void {
    this.overall.add(verdict, decision);
    tallyOf(this.byModel, modelVersion).add(verdict, decision);
    tallyOf(this.byPrompt, promptVersion).add(verdict, decision);
  }

  result(): JudgeStats {
    return {
      overall: this.overall.result(ALL_DRAFTS),
      perModelVersion: results(this.byModel),
      perPromptVersion: results(this.byPrompt),
    };
  }
}

function tallyOf(map: Map<string, JudgeTally>, key: string): JudgeTally {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = new JudgeTally();
    map.set(key, tally);
  }
  return tally;
}

function results(map: Map<string, JudgeTally>): JudgeComparison[] {
  return [...map.keys()].sort(compareKeys).map((key) => (map.get(key) as JudgeTally).result(key));
}
