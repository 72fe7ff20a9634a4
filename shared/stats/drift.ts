/**
 * Drift (EXPORTS.md §4): the approval rate per model version per ISO week (UTC), each week tested
 * against all earlier weeks of the same model version pooled (two-proportion-test.ts). The rate
 * is approvals / (approvals + edits + escalations) among counted decisions: a skip says nothing
 * about the draft's quality, so it is left out here (it is in the decision rates).
 */
import { compareKeys } from './decision-counts';
import type { ProportionTest } from './two-proportion-test';
import { twoProportionTest } from './two-proportion-test';

export interface DriftWeek {
  /** `YYYY-Www`. */
  week: string;
  approvals: number;
  decisions: number;
  approvalRate: number;
  /** Against the earlier weeks pooled; null for the first week or an undefined test. */
  test: ProportionTest | null;
  flagged: boolean;
}

export interface ModelDrift {
  /** The model version key (group-keys.ts). */
  modelVersion: string;
  weeks: DriftWeek[];
}

interface WeekTally {
  approvals: number;
  decisions: number;
}

export class DriftAccumulator {
  private readonly byModel = new Map<string, Map<string, WeekTally>>();

  /** One approve, edit or escalate of `modelVersion` in `week`. */
  add(modelVersion: string, week: string, approved: boolean): void {
    let weeks = this.byModel.get(modelVersion);
    if (weeks === undefined) {
      weeks = new Map<string, WeekTally>();
      this.byModel.set(modelVersion, weeks);
    }
    let tally = weeks.get(week);
    if (tally === undefined) {
      tally = { approvals: 0, decisions: 0 };
      weeks.set(week, tally);
    }
    tally.decisions += 1;
    if (approved) {
      tally.approvals += 1;
    }
  }

  result(): ModelDrift[] {
    return [...this.byModel.keys()].sort(compareKeys).map((modelVersion) => {
      const weeks = this.byModel.get(modelVersion) ?? new Map<string, WeekTally>();
      let earlierApprovals = 0;
      let earlierDecisions = 0;
      // `YYYY-Www` sorts chronologically by code units.
      const out = [...weeks.keys()].sort(compareKeys).map((week) => {
        const { approvals, decisions } = weeks.get(week) as WeekTally;
        const test = twoProportionTest(earlierApprovals, earlierDecisions, approvals, decisions);
        earlierApprovals += approvals;
        earlierDecisions += decisions;
        return {
          week,
          approvals,
          decisions,
          approvalRate: approvals / decisions,
          test,
          flagged: test?.flagged ?? false,
        };
      });
      return { modelVersion, weeks: out };
    });
  }
}
