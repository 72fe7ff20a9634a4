/**
 * Agreement on drafts decided by two or more reviewers (EXPORTS.md §4), from each reviewer's
 * call (reviewer-calls.ts):
 *
 * - per reviewer pair: Cohen's κ (unweighted) on their verdicts over the drafts both decided,
 *   the number of those shared drafts, and raw agreement (share of them with the same verdict);
 * - over all reviewers: Krippendorff's α — nominal for the verdict and for each single-choice
 *   question, ordinal for each rating question. Multi-choice answers are left out: α needs one
 *   value per reviewer and unit;
 * - raw agreement over all reviewers: agreeing reviewer pairs / all reviewer pairs, summed over
 *   the drafts (for two reviewers per draft, the share of drafts they agree on), and the share of
 *   drafts where every reviewer gave the same verdict.
 *
 * Below MIN_SHARED_ITEMS shared drafts (units with two or more values, for α) the result says
 * "not enough overlap" instead of a number.
 *
 * α depends only on the values each unit received, not on who gave them, so the units are laid
 * out as "value slots" (row r = the r-th value of each unit) rather than one row per reviewer:
 * the same α with a matrix of (most values on one draft) × drafts instead of reviewers × drafts.
 */
import type { AgreementLabel } from './agreement';
import { cohenKappa, rawAgreement } from './agreement';
import { coincidencesOfUnits } from './agreement/coincidence';
import { alphaOfCoincidences } from './agreement/krippendorff-alpha';
import { compareKeys } from './decision-counts';
import type { AgreementValue } from './not-enough-overlap';
import { agreementValue } from './not-enough-overlap';
import type { DecisionEvent } from '../domain/decision-event';
import { labelsOf } from './reviewer-calls';

export interface PairAgreement {
  reviewerA: string;
  reviewerB: string;
  /** Drafts both decided. */
  sharedItems: number;
  kappa: AgreementValue;
  rawAgreement: AgreementValue;
}

export interface QuestionAlpha {
  question: string;
  level: 'nominal' | 'ordinal';
  alpha: AgreementValue;
}

export interface ReviewerAgreement {
  /** Drafts with calls from two or more reviewers. */
  sharedDrafts: number;
  pairs: PairAgreement[];
  /** Krippendorff's α on the verdict (nominal). */
  verdictAlpha: AgreementValue;
  /** Krippendorff's α per rubric question answered by two or more reviewers on a draft. */
  labelAlphas: QuestionAlpha[];
  /** Agreeing reviewer pairs / all reviewer pairs, over every shared draft. */
  rawAgreement: AgreementValue;
  /** Share of shared drafts on which every reviewer gave the same verdict. */
  unanimous: AgreementValue;
}

interface PairLists {
  a: AgreementLabel[];
  b: AgreementLabel[];
}

/** α of units (drafts) given as the lists of values they received. */
function alphaOf(units: readonly AgreementLabel[][], level: 'nominal' | 'ordinal'): number {
  return alphaOfCoincidences(coincidencesOfUnits(units), level);
}

function appendAnswer(
  answers: Map<string, AgreementLabel[]>,
  question: string,
  answer: AgreementLabel,
): void {
  const unit = answers.get(question);
  if (unit === undefined) {
    answers.set(question, [answer]);
  } else {
    unit.push(answer);
  }
}

/** Adds this draft's answers of each question to the question's units (two answers or more). */
function pushUnits(
  target: Map<string, AgreementLabel[][]>,
  draftAnswers: ReadonlyMap<string, AgreementLabel[]>,
): void {
  for (const [question, unit] of draftAnswers) {
    if (unit.length >= 2) {
      const units = target.get(question);
      if (units === undefined) {
        target.set(question, [unit]);
      } else {
        units.push(unit);
      }
    }
  }
}

export class ReviewerAgreementAccumulator {
  /** Reviewer A → reviewer B (A < B) → their verdicts: nested, so no key string per pair. */
  private readonly pairs = new Map<string, Map<string, PairLists>>();
  private readonly verdictUnits: AgreementLabel[][] = [];
  private readonly choiceUnits = new Map<string, AgreementLabel[][]>();
  private readonly ratingUnits = new Map<string, AgreementLabel[][]>();
  private agreeingPairs = 0;
  private allPairs = 0;
  private unanimousDrafts = 0;

  /** One draft's calls (reviewer-calls.ts), one event per reviewer, sorted by reviewer id. */
  addDraft(calls: readonly DecisionEvent[]): void {
    if (calls.length < 2) {
      return;
    }
    const verdicts: AgreementLabel[] = [];
    let unanimous = true;
    for (let i = 0; i < calls.length; i += 1) {
      const first = calls[i] as DecisionEvent;
      verdicts.push(first.kind);
      let partners = this.pairs.get(first.reviewerId);
      if (partners === undefined) {
        partners = new Map<string, PairLists>();
        this.pairs.set(first.reviewerId, partners);
      }
      for (let j = i + 1; j < calls.length; j += 1) {
        const second = calls[j] as DecisionEvent;
        let lists = partners.get(second.reviewerId);
        if (lists === undefined) {
          lists = { a: [], b: [] };
          partners.set(second.reviewerId, lists);
        }
        lists.a.push(first.kind);
        lists.b.push(second.kind);
        this.allPairs += 1;
        if (first.kind === second.kind) {
          this.agreeingPairs += 1;
        } else {
          unanimous = false;
        }
      }
    }
    this.verdictUnits.push(verdicts);
    if (unanimous) {
      this.unanimousDrafts += 1;
    }
    this.addLabelUnits(calls);
  }

  /** Per question, the single-choice and rating answers this draft received. */
  private addLabelUnits(calls: readonly DecisionEvent[]): void {
    // Made only when a call carries labels: most drafts of a large run have none to compare.
    let choices: Map<string, AgreementLabel[]> | undefined;
    let ratings: Map<string, AgreementLabel[]> | undefined;
    for (const call of calls) {
      const labels = labelsOf(call);
      if (labels === undefined) {
        continue;
      }
      for (const question in labels) {
        const answer = labels[question];
        if (typeof answer === 'string') {
          choices ??= new Map<string, AgreementLabel[]>();
          appendAnswer(choices, question, answer);
        } else if (typeof answer === 'number') {
          ratings ??= new Map<string, AgreementLabel[]>();
          appendAnswer(ratings, question, answer);
        }
      }
    }
    if (choices !== undefined) {
      pushUnits(this.choiceUnits, choices);
    }
    if (ratings !== undefined) {
      pushUnits(this.ratingUnits, ratings);
    }
  }

  result(): ReviewerAgreement {
    const pairs: PairAgreement[] = [];
    for (const reviewerA of [...this.pairs.keys()].sort(compareKeys)) {
      const partners = this.pairs.get(reviewerA) ?? new Map<string, PairLists>();
      for (const reviewerB of [...partners.keys()].sort(compareKeys)) {
        const { a, b } = partners.get(reviewerB) as PairLists;
        pairs.push({
          reviewerA,
          reviewerB,
          sharedItems: a.length,
          kappa: agreementValue(a.length, () => cohenKappa(a, b)),
          rawAgreement: agreementValue(a.length, () => rawAgreement(a, b)),
        });
      }
    }
    const labelAlphas: QuestionAlpha[] = [];
    for (const [units, level] of [
      [this.choiceUnits, 'nominal'],
      [this.ratingUnits, 'ordinal'],
    ] as const) {
      for (const question of [...units.keys()].sort(compareKeys)) {
        const questionUnits = units.get(question) ?? [];
        labelAlphas.push({
          question,
          level,
          alpha: agreementValue(questionUnits.length, () => alphaOf(questionUnits, level)),
        });
      }
    }
    const drafts = this.verdictUnits.length;
    return {
      sharedDrafts: drafts,
      pairs,
      verdictAlpha: agreementValue(drafts, () => alphaOf(this.verdictUnits, 'nominal')),
      labelAlphas,
      rawAgreement: agreementValue(drafts, () => this.agreeingPairs / this.allPairs),
      unanimous: agreementValue(drafts, () => this.unanimousDrafts / drafts),
    };
  }
}
