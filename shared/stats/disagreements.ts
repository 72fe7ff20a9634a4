/**
 * The drafts where the deciders did not agree, for the lead to read and to align a judge on
 * (issue 14 point 4):
 * - `reviewers`: two or more reviewers' calls (reviewer-calls.ts) on the draft name different
 *   verdicts (approve / edit / escalate);
 * - `judge`: the judge's verdict means pass and the final human call is a fail, or the reverse
 *   (judge-verdict.ts); verdicts with neither meaning are never a disagreement.
 * Listed in a stable order (project, draft id, kind) and filterable without recomputing.
 */
import type { DecisionEvent } from '../domain/decision-event';
import type { JudgeSuggestion } from '../domain/draft';
import { compareKeys } from './decision-counts';
import type { HumanDecision } from './judge-verdict';
import type { ReviewerCall } from './reviewer-calls';

interface DisagreementBase {
  projectId: string;
  draftId: string;
  /** Group keys (group-keys.ts). */
  modelVersion: string;
  promptVersion: string;
  /** Reviewers involved: the callers, or for a judge disagreement the humans whose call stands. */
  reviewerIds: string[];
}

export interface ReviewerDisagreement extends DisagreementBase {
  kind: 'reviewers';
  /** Every reviewer's call on the draft, by reviewer id (texts and labels: the draft's events). */
  calls: ReviewerCall[];
}

export interface JudgeDisagreement extends DisagreementBase {
  kind: 'judge';
  judge: JudgeSuggestion;
  humanDecision: HumanDecision;
  /** The text that holds, for an edit. */
  finalText?: string;
}

export type Disagreement = ReviewerDisagreement | JudgeDisagreement;

export interface DisagreementFilters {
  kinds?: Disagreement['kind'][];
  projects?: string[];
  reviewers?: string[];
  modelVersions?: string[];
  promptVersions?: string[];
}

/** True when the call events (reviewer-calls.ts) name more than one verdict. */
export function callsDisagree(calls: readonly Pick<DecisionEvent, 'kind'>[]): boolean {
  const first = calls[0]?.kind;
  for (let i = 1; i < calls.length; i += 1) {
    if (calls[i]?.kind !== first) {
      return true;
    }
  }
  return false;
}

/** Stable order: project, draft id, then reviewer disagreements before judge ones. */
export function compareDisagreements(a: Disagreement, b: Disagreement): number {
  return (
    compareKeys(a.projectId, b.projectId) ||
    compareKeys(a.draftId, b.draftId) ||
    compareKeys(a.kind === 'reviewers' ? '0' : '1', b.kind === 'reviewers' ? '0' : '1')
  );
}

const anyOf = (wanted: readonly string[] | undefined, value: string): boolean =>
  wanted === undefined || wanted.length === 0 || wanted.includes(value);

/** The disagreements that pass `filters` (OR within a filter, AND across filters). */
export function filterDisagreements(
  list: readonly Disagreement[],
  filters: DisagreementFilters,
): Disagreement[] {
  const reviewers = filters.reviewers;
  return list.filter(
    (item) =>
      anyOf(filters.kinds, item.kind) &&
      anyOf(filters.projects, item.projectId) &&
      anyOf(filters.modelVersions, item.modelVersion) &&
      anyOf(filters.promptVersions, item.promptVersion) &&
      (reviewers === undefined ||
        reviewers.length === 0 ||
        item.reviewerIds.some((id) => reviewers.includes(id))),
  );
}
