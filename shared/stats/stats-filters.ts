/**
 * The statistics filters turned into Sets and instants once, so the pass over 100,000 events
 * asks a Set and compares numbers instead of scanning lists and parsing bounds per row.
 * Date bounds mean what they mean for exports (shared/export/export-filters: a `to` date
 * includes its whole UTC day).
 */
import type { DecisionEvent } from '../domain/decision-event';
import { fromMs, toEndMs } from '../export/export-filters';
import type { StatsDraft, StatsFilters } from './stats-input';

export interface CompiledFilters {
  fromMs: number;
  /** First instant after the range (exclusive). */
  toEndMs: number;
  projects: ReadonlySet<string> | null;
  models: ReadonlySet<string> | null;
  modelVersions: ReadonlySet<string> | null;
  promptVersions: ReadonlySet<string> | null;
  reviewers: ReadonlySet<string> | null;
  guidelinesVersions: ReadonlySet<number> | null;
}

const setOf = <T>(values: readonly T[] | undefined): ReadonlySet<T> | null =>
  values === undefined || values.length === 0 ? null : new Set(values);

/** Throws a RangeError on a date bound that is no date, rather than silently matching nothing. */
export function compileFilters(filters: StatsFilters): CompiledFilters {
  const from = filters.from === undefined ? -Infinity : fromMs(filters.from);
  const to = filters.to === undefined ? Infinity : toEndMs(filters.to);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    throw new RangeError('statistics filters: from/to must be a date or an ISO 8601 date-time');
  }
  return {
    fromMs: from,
    toEndMs: to,
    projects: setOf(filters.projects),
    models: setOf(filters.models),
    modelVersions: setOf(filters.modelVersions),
    promptVersions: setOf(filters.promptVersions),
    reviewers: setOf(filters.reviewers),
    guidelinesVersions: setOf(filters.guidelinesVersions),
  };
}

const passes = <T>(wanted: ReadonlySet<T> | null, value: T | undefined): boolean =>
  wanted === null || (value !== undefined && wanted.has(value));

/** The filters that look at the draft: project, model, model version, prompt version. */
export function draftPasses(draft: StatsDraft, filters: CompiledFilters): boolean {
  return (
    passes(filters.projects, draft.projectId) &&
    passes(filters.models, draft.model) &&
    passes(filters.modelVersions, draft.modelVersion) &&
    passes(filters.promptVersions, draft.promptVersion)
  );
}

/** The filters that look at one event: reviewer, guideline version, and `atMs` in the range. */
export function eventPasses(event: DecisionEvent, atMs: number, filters: CompiledFilters): boolean {
  return (
    atMs >= filters.fromMs &&
    atMs < filters.toEndMs &&
    passes(filters.reviewers, event.reviewerId) &&
    passes(filters.guidelinesVersions, event.guidelinesVersion)
  );
}
