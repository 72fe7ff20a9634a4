/**
 * The audit log as CSV, one row at a time (row in, bytes out; no I/O), so the app, the hub and
 * the CLI stream it the same way: UTF-8 with a BOM, RFC 4180, formula cells neutralised by the
 * export's shared CSV cell. Parents are one cell, space-separated (event ids hold no spaces).
 */
import { CSV_BOM, csvLine } from '../stats-export/csv-value';
import type { AuditRow } from './audit-row';

/** The columns, in order; the header is these names (stable, machine-readable). */
export const AUDIT_COLUMNS = [
  'seq',
  'eventId',
  'kind',
  'projectId',
  'draftId',
  'reviewerId',
  'reviewerName',
  'clientTime',
  'receivedAt',
  'deviceId',
  'deviceSeq',
  'guidelinesVersion',
  'modelName',
  'modelVersion',
  'draftVersion',
  'verdict',
  'reasonId',
  'note',
  'retracts',
  'parents',
] as const satisfies readonly (keyof AuditRow)[];

const encoder = new TextEncoder();

/** The first bytes of the file: the BOM and the header. */
export function auditCsvHeader(): Uint8Array {
  return encoder.encode(`${CSV_BOM}${csvLine(AUDIT_COLUMNS)}`);
}

/** No parents is an empty field, like an absent value: there is nothing to quote. */
const parentsCell = (parents: readonly string[]) =>
  parents.length === 0 ? null : parents.join(' ');

/** One row's bytes. */
export function auditCsvRow(row: AuditRow): Uint8Array {
  return encoder.encode(
    csvLine(
      AUDIT_COLUMNS.map((column) =>
        column === 'parents' ? parentsCell(row.parents) : row[column],
      ),
    ),
  );
}

/** A whole file, header first, for callers that hold every row. */
export function* auditCsv(rows: Iterable<AuditRow>): Generator<Uint8Array> {
  yield auditCsvHeader();
  for (const row of rows) {
    yield auditCsvRow(row);
  }
}
