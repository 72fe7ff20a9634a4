/**
 * What an export counts while it runs, for the manifest: records written per decision and per
 * split, records left out per reason, and the guideline versions of the records written.
 */
import { RECORD_DECISIONS } from './export-filters';
import type { ExclusionReason, LoupeRecord, RecordDecision } from './loupe-record';
import type { SplitName } from './split';

/** Every reason a record can be left out, in the order the manifest writes them. */
export const EXCLUSION_REASONS = [
  'escalated',
  'disputed',
  'pending',
  'skipped',
  'not-applicable',
  'filtered',
] as const satisfies readonly ExclusionReason[];

type Assert<T extends true> = T;
type _EveryReasonListed = Assert<
  ExclusionReason extends (typeof EXCLUSION_REASONS)[number] ? true : false
>;

export interface ExportTally {
  records: number;
  byDecision: Record<RecordDecision, number>;
  bySplit: Record<SplitName, number>;
  excluded: Record<ExclusionReason, number>;
  guidelinesVersions: Set<number>;
}

export function createExportTally(): ExportTally {
  return {
    records: 0,
    byDecision: Object.fromEntries(RECORD_DECISIONS.map((decision) => [decision, 0])) as Record<
      RecordDecision,
      number
    >,
    bySplit: { train: 0, test: 0 },
    excluded: Object.fromEntries(EXCLUSION_REASONS.map((reason) => [reason, 0])) as Record<
      ExclusionReason,
      number
    >,
    guidelinesVersions: new Set(),
  };
}

/** Counts a record that went into a file. */
export function countWritten(tally: ExportTally, record: LoupeRecord): void {
  tally.records += 1;
  tally.byDecision[record.decision] += 1;
  if (record.split !== undefined) {
    tally.bySplit[record.split] += 1;
  }
  if (record.guidelinesVersion !== undefined) {
    tally.guidelinesVersions.add(record.guidelinesVersion);
  }
}

/** Counts a record left out. */
export function countExcluded(tally: ExportTally, reason: ExclusionReason): void {
  tally.excluded[reason] += 1;
}
