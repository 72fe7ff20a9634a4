/**
 * What the lead's statistics read (EXPORTS.md §4): one draft with the events a replica holds for
 * it, and the filters of the statistics view. Plain data, so the renderer can post it to the
 * statistics worker (structured clone) and the hub can build it from its tables.
 */
import type { DecisionEvent } from '../domain/decision-event';
import type { Draft, DraftContext, DraftMessage, JudgeSuggestion } from '../domain/draft';

/** One draft and its decision events. */
export interface StatsDraft {
  /** External id, unique within its project (events name it as `draftId`). */
  id: string;
  projectId: string;
  /** Model name (`draft.model.name`). */
  model: string;
  modelVersion?: string;
  promptVersion?: string;
  /** The LLM judge's suggestion, where the draft carries one. */
  judge?: JudgeSuggestion;
  createdAt: string;
  /** The draft as the model wrote it: what edits are measured against. */
  text: string;
  /** Source context, only read by the disagreement JSON Lines (a judge is aligned on it). */
  prompt?: string;
  context?: DraftContext[];
  messages?: DraftMessage[];
  /** Every event of the draft, any order, duplicates allowed (derive-draft-state's contract). */
  events: readonly DecisionEvent[];
}

/**
 * The filters of the statistics view. Within one filter any listed value matches (OR); across
 * filters all must match (AND); an absent or empty list does not filter — as export filters.
 */
export interface StatsFilters {
  /**
   * Date range on each event's `clientTime`: `YYYY-MM-DD` (a whole UTC day; `to` includes it) or
   * an ISO 8601 date-time with offset (`to` inclusive). The judge comparison, which is about a
   * draft's final call, looks at the time of the deciding event instead (as exports do).
   */
  from?: string;
  to?: string;
  projects?: string[];
  /** Model names. */
  models?: string[];
  modelVersions?: string[];
  promptVersions?: string[];
  /** Reviewer ids: only their events are counted. */
  reviewers?: string[];
  /** `guidelinesVersion` of the event; an event without one never matches a listed version. */
  guidelinesVersions?: number[];
}

/** The statistics input of a stored draft and its events. */
export function toStatsDraft(draft: Draft, events: readonly DecisionEvent[]): StatsDraft {
  return {
    id: draft.id,
    projectId: draft.projectId,
    model: draft.model.name,
    ...(draft.model.version !== undefined ? { modelVersion: draft.model.version } : {}),
    ...(draft.promptVersion !== undefined ? { promptVersion: draft.promptVersion } : {}),
    ...(draft.judge !== undefined ? { judge: draft.judge } : {}),
    createdAt: draft.createdAt,
    text: draft.draft,
    ...(draft.prompt !== undefined ? { prompt: draft.prompt } : {}),
    context: draft.context,
    ...(draft.messages !== undefined ? { messages: draft.messages } : {}),
    events,
  };
}
