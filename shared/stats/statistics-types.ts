/** What computeStatistics returns (compute-statistics.ts): plain data a worker can post back. */
import type { ActiveTimeStats } from './active-time';
import type { DecisionGroup } from './decision-counts';
import type { Disagreement } from './disagreements';
import type { ModelDrift } from './drift';
import type { EditRateDistribution } from './edit-rate-histogram';
import type { GuidelineChange } from './guideline-changes';
import type { JudgeStats } from './judge-agreement';
import type { LabelDistributions } from './label-distribution';
import type { ReviewerAgreement } from './reviewer-agreement';
import type { StatsFilters } from './stats-input';

export interface DecisionStats {
  /** Every counted decision (key `all`). */
  overall: DecisionGroup;
  perReviewer: DecisionGroup[];
  /** Keys: `model@version` (group-keys.ts). */
  perModelVersion: DecisionGroup[];
  perPromptVersion: DecisionGroup[];
  perProject: DecisionGroup[];
  /** Keys: `YYYY-MM-DD`, UTC. */
  perDay: DecisionGroup[];
  /** Keys: `YYYY-Www`, ISO weeks in UTC. */
  perWeek: DecisionGroup[];
}

export interface DriftStats {
  /** The test, in words, for the view to state (two-proportion-test.ts). */
  test: string;
  significance: number;
  models: ModelDrift[];
  guidelineChanges: GuidelineChange[];
}

export interface Statistics {
  /** The filters the numbers cover, as given (exports write them beside the numbers). */
  filters: StatsFilters;
  /** Drafts passing the draft filters. */
  drafts: number;
  decisions: DecisionStats;
  activeTime: ActiveTimeStats;
  editRates: EditRateDistribution;
  labels: LabelDistributions;
  agreement: ReviewerAgreement;
  drift: DriftStats;
  judge: JudgeStats;
  /** Reviewer-vs-reviewer and judge-vs-human disagreements (disagreements.ts). */
  disagreements: Disagreement[];
}

export interface StatisticsOptions {
  /**
   * editRate per edit event id, kept by the caller between runs (a worker recomputing after a
   * filter change): the rate of an edit never changes while the draft's text does not, and the
   * grapheme Levenshtein is the costliest step here. Read and filled in; omit it to compute each.
   */
  editRateCache?: Map<string, number>;
}
