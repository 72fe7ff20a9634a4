/**
 * What an export includes (issue 13 point 1): the same filter object in the app's dialog, the
 * hub's `/v1/exports/:format` query and the CLI's options (URL form: export-filter-query.ts).
 * Within one filter any listed value matches (OR); across filters all must match (AND); an
 * empty or absent list does not filter.
 */
import { z } from '../validation/zod';
import { decidedAt } from './deciding-event';
import { compareCodeUnits } from './export-order';
import type { ExportFormat, LoupeRecord, RecordDecision } from './loupe-record';
import { FULL_RECORD_FORMATS } from './loupe-record';

/** Every record decision, gold ones first (the order counts are written in). */
export const RECORD_DECISIONS = [
  'approved',
  'edited',
  'rejected',
  'escalated',
  'disputed',
  'pending',
  'skipped',
] as const satisfies readonly RecordDecision[];

// The list must name every decision (compile-time check only).
type Assert<T extends true> = T;
type _EveryDecisionListed = Assert<
  RecordDecision extends (typeof RECORD_DECISIONS)[number] ? true : false
>;

/** A rubric answer to look for: a choice id, one of several chosen, or a rating's number. */
export interface LabelFilter {
  question: string;
  value: string;
}

export interface ExportFilters {
  /** Project ids. */
  projects?: string[];
  /**
   * Date range on when the draft was decided (deciding-event.ts): `YYYY-MM-DD` (a whole UTC
   * day; `to` includes that day) or an ISO 8601 date-time with offset (`to` inclusive).
   */
  from?: string;
  to?: string;
  decisions?: RecordDecision[];
  /** Model names, model versions, prompt versions and guideline versions of the record. */
  models?: string[];
  modelVersions?: string[];
  promptVersions?: string[];
  guidelinesVersions?: number[];
  /** Reviewer ids among the record's standing decisions (`reviewers[].id`). */
  reviewers?: string[];
  labels?: LabelFilter[];
  /**
   * Include records that are not gold, flagged `gold: false`. Honoured only by the formats that
   * can carry them (FULL_RECORD_FORMATS: loupe, csv, parquet); the others ignore it.
   */
  includeAll?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = z.iso.datetime({ offset: true });

/** Why `value` is no usable date bound, or undefined when it is one. */
export function dateBoundProblem(value: string): string | undefined {
  if (DATE.test(value)) {
    const ms = Date.parse(value);
    // Date.parse accepts 2026-02-30 as 2 March: round-trip to refuse days that do not exist.
    return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value
      ? 'is not a calendar date'
      : undefined;
  }
  return isoDateTime.safeParse(value).success
    ? undefined
    : 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time with offset';
}

const DAY_MS = 86_400_000;

/** The instant a `from` bound starts at (inclusive). */
export function fromMs(from: string): number {
  return Date.parse(from);
}

/** The first instant after a `to` bound (exclusive): a date includes its whole day. */
export function toEndMs(to: string): number {
  return DATE.test(to) ? Date.parse(to) + DAY_MS : Date.parse(to) + 1;
}

const sortedUnique = <T extends string | number>(values: readonly T[] | undefined): T[] =>
  [...new Set(values ?? [])].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : compareCodeUnits(String(a), String(b)),
  );

/**
 * One text per meaning: keys in a fixed order, lists deduplicated and sorted, empty lists and
 * `includeAll: false` left out. The manifest writes this form, so equal filters give equal bytes.
 */
export function canonicalFilters(filters: ExportFilters): ExportFilters {
  const labels = [
    ...new Map(
      (filters.labels ?? []).map((label) => [`${label.question}\0${label.value}`, label]),
    ).values(),
  ]
    .sort((a, b) => compareCodeUnits(a.question, b.question) || compareCodeUnits(a.value, b.value))
    .map(({ question, value }) => ({ question, value }));
  const out: ExportFilters = {};
  const lists = {
    projects: sortedUnique(filters.projects),
    from: filters.from,
    to: filters.to,
    decisions: RECORD_DECISIONS.filter((decision) => filters.decisions?.includes(decision)),
    models: sortedUnique(filters.models),
    modelVersions: sortedUnique(filters.modelVersions),
    promptVersions: sortedUnique(filters.promptVersions),
    guidelinesVersions: sortedUnique(filters.guidelinesVersions),
    reviewers: sortedUnique(filters.reviewers),
    labels,
  };
  for (const [key, value] of Object.entries(lists)) {
    if (value !== undefined && (!Array.isArray(value) || value.length > 0)) {
      Object.assign(out, { [key]: value });
    }
  }
  if (filters.includeAll === true) {
    out.includeAll = true;
  }
  return out;
}

/** True when `includeAll` is asked for and `format` can carry records that are not gold. */
export function includesNonGold(filters: ExportFilters, format: ExportFormat): boolean {
  return filters.includeAll === true && FULL_RECORD_FORMATS.has(format);
}

const anyOf = <T>(wanted: readonly T[] | undefined, value: T | undefined): boolean =>
  wanted === undefined || wanted.length === 0 || (value !== undefined && wanted.includes(value));

function labelMatches(record: LoupeRecord, filter: LabelFilter): boolean {
  const answer = record.labels[filter.question];
  if (typeof answer === 'string') {
    return answer === filter.value;
  }
  if (Array.isArray(answer)) {
    return answer.includes(filter.value);
  }
  return (
    typeof answer === 'number' && filter.value.trim() !== '' && Number(filter.value) === answer
  );
}

/** Label filters: any value of one question (OR), every question named (AND). */
function labelsMatch(record: LoupeRecord, labels: readonly LabelFilter[] | undefined): boolean {
  const byQuestion = new Map<string, LabelFilter[]>();
  for (const label of labels ?? []) {
    byQuestion.set(label.question, [...(byQuestion.get(label.question) ?? []), label]);
  }
  return [...byQuestion.values()].every((group) =>
    group.some((label) => labelMatches(record, label)),
  );
}

function inDateRange(record: LoupeRecord, filters: ExportFilters): boolean {
  if (filters.from === undefined && filters.to === undefined) {
    return true;
  }
  const at = decidedAt(record.events);
  if (at === undefined) {
    return false; // never decided and no event: outside any range
  }
  const ms = Date.parse(at);
  return (
    (filters.from === undefined || ms >= fromMs(filters.from)) &&
    (filters.to === undefined || ms < toEndMs(filters.to))
  );
}

/**
 * True when `record` passes every filter. Gold is not looked at here: whether a record that is
 * not gold is written is the export's call (run-export.ts, with {@link includesNonGold}).
 */
export function matchesFilters(record: LoupeRecord, filters: ExportFilters): boolean {
  return (
    anyOf(filters.projects, record.project) &&
    anyOf(filters.decisions, record.decision) &&
    anyOf(filters.models, record.model.name) &&
    anyOf(filters.modelVersions, record.model.version) &&
    anyOf(filters.promptVersions, record.promptVersion) &&
    anyOf(filters.guidelinesVersions, record.guidelinesVersion) &&
    (filters.reviewers === undefined ||
      filters.reviewers.length === 0 ||
      record.reviewers.some((reviewer) => filters.reviewers?.includes(reviewer.id))) &&
    labelsMatch(record, filters.labels) &&
    inDateRange(record, filters)
  );
}
