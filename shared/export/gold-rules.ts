/**
 * Which records a format's writer gets to see (EXPORTS.md §1): gold ones always; the others
 * (escalated, disputed, pending, skipped) are left out of every format by default, with two
 * exceptions the spec names:
 * - the full-record formats (loupe, csv, parquet) add them, flagged `gold: false`, when the
 *   export asks for everything (`includeAll`);
 * - KTO (§2) turns an escalation for a reason that says the draft is wrong into a `false`
 *   example, so escalations reach its writer, which leaves the other reasons out itself.
 */
import { includesNonGold } from './export-filters';
import type { ExportFilters } from './export-filters';
import type { ExclusionReason, ExportFormat, LoupeRecord, RecordDecision } from './loupe-record';

/** Why a record that is not gold is left out: its decision names the reason. */
const NON_GOLD_REASON: Partial<Record<RecordDecision, ExclusionReason>> = {
  escalated: 'escalated',
  disputed: 'disputed',
  pending: 'pending',
  skipped: 'skipped',
};

/** Undefined when `record` goes to the writer; else why it is left out. */
export function goldExclusion(
  record: LoupeRecord,
  format: ExportFormat,
  filters: ExportFilters,
): ExclusionReason | undefined {
  if (record.gold || includesNonGold(filters, format)) {
    return undefined;
  }
  if (format === 'kto' && record.decision === 'escalated') {
    return undefined;
  }
  return NON_GOLD_REASON[record.decision] ?? 'not-applicable';
}
