/**
 * The audit log as the app shows and saves it (issue 14 point 7): every decision event of a
 * project or a draft in the local store, as the same rows the hub's `GET /v1/audit` answers
 * (shared/audit), oldest first — hub order (`seq`), then events not yet on a hub by id. What
 * only the hub knows (when it received an event) is empty here; the reviewer's own name is
 * filled in, and teammates' names where the lead's team list knows them (team-store.ts).
 * Read-only: nothing here writes.
 */
import type { AuditRow } from '../../../shared/audit';
import {
  auditCsvHeader,
  auditCsvRow,
  auditJsonLine,
  auditRow,
  compareAuditRows,
} from '../../../shared/audit';
import type { AuditScope } from '../../db/repositories/audit-events-repository';
import { draftModels, listAuditEvents } from '../../db/repositories/audit-events-repository';
import { getDatabase } from '../../db/database-instance';
import { getBridge } from '../../platform/current-bridge';

export type { AuditScope } from '../../db/repositories/audit-events-repository';

/** The scope's rows; `me` names this machine's reviewer, `nameOf` the teammates it knows. */
export async function readAuditRows(
  scope: AuditScope,
  me?: { reviewerId: string; displayName: string },
  nameOf: (userId: string) => string | null = () => null,
): Promise<AuditRow[]> {
  const db = getDatabase();
  const events = await listAuditEvents(db, scope);
  const models = await draftModels(db, scope.projectId, [
    ...new Set(events.map((event) => event.draftId)),
  ]);
  return events
    .map((event) =>
      auditRow(event, {
        seq: event.seq ?? null,
        reviewerName:
          event.reviewerId === me?.reviewerId ? me.displayName : nameOf(event.reviewerId),
        model: models.get(event.draftId) ?? null,
      }),
    )
    .sort(compareAuditRows);
}

export type AuditFileFormat = 'csv' | 'jsonl';

// eslint-disable-next-line @typescript-eslint/require-await -- rows are in memory already
async function* fileChunks(rows: readonly AuditRow[], format: AuditFileFormat) {
  if (format === 'csv') {
    yield auditCsvHeader();
  }
  for (const row of rows) {
    yield format === 'csv' ? auditCsvRow(row) : auditJsonLine(row);
  }
}

/** Saves the rows (save dialog, or a download in the browser build); false when cancelled. */
export async function saveAuditLog(
  rows: readonly AuditRow[],
  format: AuditFileFormat,
  baseName: string,
): Promise<boolean> {
  const result = await getBridge().saveFile(
    {
      suggestedName: `${baseName}.${format}`,
      mimeType: format === 'csv' ? 'text/csv' : 'application/x-ndjson',
      extensions: [format],
      asDownload: true,
    },
    fileChunks(rows, format),
  );
  return result.saved;
}
