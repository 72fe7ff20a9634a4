/**
 * `manifest.json` of an export folder (EXPORTS.md §2): what was exported, from what, how it was
 * split, what was left out and why, and the size and SHA-256 of every data file.
 *
 * Reproducible: no clock is read here, keys come in a fixed order and lists are sorted, so the
 * same data and filters give a byte-identical manifest. The moment the data reflects (the hub's
 * cursor, the local snapshot) is passed in by the caller.
 */
import type { ExportFilters } from './export-filters';
import { canonicalFilters, RECORD_DECISIONS } from './export-filters';
import { filterQuery } from './export-filter-query';
import { compareCodeUnits } from './export-order';
import type { ExportTally } from './export-tally';
import { EXCLUSION_REASONS } from './export-tally';
import type { ExclusionReason, ExportFormat, RecordDecision } from './loupe-record';
import type { SplitName, SplitOptions } from './split';
import { SPLIT_RULE } from './split';

/** Version of the record and manifest shapes written by this code; raise it when they change. */
export const EXPORT_SCHEMA_VERSION = 1;

/** What the exported data reflects. */
export type ExportSource =
  /** The hub's log up to cursor `seq` (after `after` for an incremental pull). */
  | { kind: 'hub'; seq: number; after?: number }
  /** A local store; `snapshot` describes it (e.g. the time of the last decision it holds). */
  | { kind: 'local'; snapshot: string };

export interface ManifestFile {
  name: string;
  bytes: number;
  /** Lower-case hex. */
  sha256: string;
}

export interface ExportManifest {
  format: ExportFormat;
  schemaVersion: number;
  appVersion: string;
  source: ExportSource;
  /** Canonical form (export-filters.ts) and the same as a query string. */
  filters: ExportFilters;
  query: string;
  counts: {
    records: number;
    byDecision: Record<RecordDecision, number>;
    bySplit?: Record<SplitName, number>;
  };
  /** Per reason; `filtered` only when the export counted it. */
  excluded: Partial<Record<ExclusionReason, number>>;
  guidelinesVersions: number[];
  split?: { rule: string; salt: string; testRatio: number };
  files: ManifestFile[];
}

export interface ManifestInput {
  format: ExportFormat;
  appVersion: string;
  source: ExportSource;
  filters: ExportFilters;
  split?: SplitOptions;
  tally: ExportTally;
  /** Whether records outside the filters were counted (otherwise `filtered` is left out). */
  countedFiltered: boolean;
  files: readonly ManifestFile[];
}

function sourceOf(source: ExportSource): ExportSource {
  if (source.kind === 'local') {
    return { kind: 'local', snapshot: source.snapshot };
  }
  return {
    kind: 'hub',
    seq: source.seq,
    ...(source.after !== undefined ? { after: source.after } : {}),
  };
}

/** The manifest object, every key in its fixed order. */
export function buildManifest(input: ManifestInput): ExportManifest {
  const { tally, split } = input;
  const byDecision = Object.fromEntries(
    RECORD_DECISIONS.map((decision) => [decision, tally.byDecision[decision]]),
  ) as Record<RecordDecision, number>;
  const excluded = Object.fromEntries(
    EXCLUSION_REASONS.filter((reason) => reason !== 'filtered' || input.countedFiltered).map(
      (reason) => [reason, tally.excluded[reason]],
    ),
  );
  return {
    format: input.format,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    appVersion: input.appVersion,
    source: sourceOf(input.source),
    filters: canonicalFilters(input.filters),
    query: filterQuery(input.filters),
    counts: {
      records: tally.records,
      byDecision,
      ...(split !== undefined
        ? { bySplit: { train: tally.bySplit.train, test: tally.bySplit.test } }
        : {}),
    },
    excluded,
    guidelinesVersions: [...tally.guidelinesVersions].sort((a, b) => a - b),
    ...(split !== undefined
      ? { split: { rule: SPLIT_RULE, salt: split.salt, testRatio: split.testRatio } }
      : {}),
    files: [...input.files]
      .sort((a, b) => compareCodeUnits(a.name, b.name))
      .map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })),
  };
}

/** The manifest's file text: pretty-printed with 2 spaces, ending in a newline. */
export function manifestJson(manifest: ExportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
