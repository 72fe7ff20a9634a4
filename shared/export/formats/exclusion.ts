/**
 * Why a record has no line in a file, for the manifest's excluded counts (EXPORTS.md §1).
 */
import type { ExclusionReason, LoupeRecord } from '../loupe-record';

/**
 * The reason a non-gold record is left out: its own decision (escalated, disputed, pending,
 * skipped). A record marked non-gold with a gold decision cannot come from `build-record`; it is
 * counted as `not-applicable` rather than written.
 */
export function exclusionFor(record: LoupeRecord): ExclusionReason {
  switch (record.decision) {
    case 'escalated':
    case 'disputed':
    case 'pending':
    case 'skipped':
      return record.decision;
    default:
      return 'not-applicable';
  }
}
