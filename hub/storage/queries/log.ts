/** `hub_log`: the append-only log. Only hub/log/append.ts inserts into it. */
import type { LogRow } from '../rows';
import type { SqlExecutor } from '../sql';
import { chunksFor, placeholders, rowPlaceholders } from '../sql';

export const LOG_COLUMNS = [
  'seq',
  'record_id',
  'kind',
  'project_id',
  'draft_id',
  'device_id',
  'device_seq',
  'user_id',
  'payload_hash',
  'body',
  'received_at',
] as const;
const COLUMN_LIST = LOG_COLUMNS.join(', ');

/** Inserts rows whose `seq` is already assigned, in as few statements as the bind limit allows. */
export async function insertLogRows(sql: SqlExecutor, rows: readonly LogRow[]): Promise<void> {
  for (const chunk of chunksFor(rows, LOG_COLUMNS.length)) {
    await sql.run(
      `INSERT INTO hub_log (${COLUMN_LIST}) VALUES ${rowPlaceholders(chunk.length, LOG_COLUMNS.length)}`,
      chunk.flatMap((row) => LOG_COLUMNS.map((column) => row[column])),
    );
  }
}

/** Records with `seq > after`, in `seq` order. */
export function logAfter(sql: SqlExecutor, after: number, limit: number): Promise<LogRow[]> {
  return sql.all<LogRow>(`SELECT ${COLUMN_LIST} FROM hub_log WHERE seq > ? ORDER BY seq LIMIT ?`, [
    after,
    limit,
  ]);
}

/** The records among `recordIds` that the log holds, by id. */
export async function logByRecordIds(
  sql: SqlExecutor,
  recordIds: readonly string[],
): Promise<Map<string, LogRow>> {
  const found = new Map<string, LogRow>();
  for (const chunk of chunksFor(recordIds, 1)) {
    const rows = await sql.all<LogRow>(
      `SELECT ${COLUMN_LIST} FROM hub_log WHERE record_id IN (${placeholders(chunk.length)})`,
      chunk,
    );
    for (const row of rows) {
      found.set(row.record_id, row);
    }
  }
  return found;
}

export function logRowAt(sql: SqlExecutor, seq: number): Promise<LogRow | undefined> {
  return sql.get<LogRow>(`SELECT ${COLUMN_LIST} FROM hub_log WHERE seq = ?`, [seq]);
}

/** The decision records of the given drafts of one project, in `seq` order. */
export async function decisionsOfDrafts(
  sql: SqlExecutor,
  projectId: string,
  draftIds: readonly string[],
): Promise<LogRow[]> {
  const rows: LogRow[] = [];
  for (const chunk of chunksFor(draftIds, 1)) {
    rows.push(
      ...(await sql.all<LogRow>(
        `SELECT ${COLUMN_LIST} FROM hub_log
         WHERE project_id = ? AND draft_id IN (${placeholders(chunk.length)}) AND kind = 'decision'
         ORDER BY seq`,
        [projectId, ...chunk],
      )),
    );
  }
  return rows;
}
