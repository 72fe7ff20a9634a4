/**
 * The audit log as JSON Lines, one row at a time, like the export's JSON Lines formats (UTF-8,
 * no BOM, `\n`): keys in `AuditRow`'s order, every text verbatim (JSON needs no formula
 * neutralising; `JSON.stringify` escapes lone surrogates, so a broken string stays visible).
 */
import type { AuditRow } from './audit-row';

const encoder = new TextEncoder();

export function auditJsonLine(row: AuditRow): Uint8Array {
  return encoder.encode(`${JSON.stringify(row)}\n`);
}

export function* auditJsonl(rows: Iterable<AuditRow>): Generator<Uint8Array> {
  for (const row of rows) {
    yield auditJsonLine(row);
  }
}
