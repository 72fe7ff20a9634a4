/**
 * The one way into `hub_log` (SYNC.md §1, §5). Runs inside HubStorage.write, which holds the
 * counter lock (PostgreSQL) or the database's write lock (SQLite) until commit: the records get
 * `high + 1 … high + k`, the counter moves to `high + k`, and the projections follow, all in
 * the transaction that answers the request. Commit order is therefore `seq` order.
 */
import type { LogRecordKind } from '../../shared/sync/hub-records';
import { readHigh, writeHigh } from '../storage/queries/identity';
import { insertLogRows } from '../storage/queries/log';
import type { LogRow } from '../storage/rows';
import type { SqlExecutor } from '../storage/sql';
import { applyToProjections } from './projections';

export interface NewRecord {
  recordId: string;
  kind: LogRecordKind;
  projectId: string;
  draftId: string | null;
  deviceId: string | null;
  deviceSeq: number | null;
  /** The user of the token that wrote it. */
  userId: string;
  payloadHash: string | null;
  /** The kind's own fields (hub-records.ts), stored as JSON text. */
  body: Record<string, unknown>;
}

/** Appends `records` in order and returns them as stored, with their `seq`s. */
export async function appendToLog(
  sql: SqlExecutor,
  records: readonly NewRecord[],
  receivedAt: string,
): Promise<LogRow[]> {
  if (records.length === 0) {
    return [];
  }
  const high = await readHigh(sql);
  const rows: LogRow[] = records.map((record, index) => ({
    seq: high + 1 + index,
    record_id: record.recordId,
    kind: record.kind,
    project_id: record.projectId,
    draft_id: record.draftId,
    device_id: record.deviceId,
    device_seq: record.deviceSeq,
    user_id: record.userId,
    payload_hash: record.payloadHash,
    body: JSON.stringify(record.body),
    received_at: receivedAt,
  }));
  await insertLogRows(sql, rows);
  await writeHigh(sql, high + rows.length);
  await applyToProjections(sql, rows);
  return rows;
}
