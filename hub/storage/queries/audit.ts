/**
 * What `GET /v1/audit` reads (issue 14 point 7): decision records of `hub_log` in `seq` order
 * within a cursor window, and the model of each draft version they were made on. The model is
 * taken out of the stored draft by the database's own JSON function, so the audit never loads a
 * draft's text (SQLite's JSON1 is built into better-sqlite3; PostgreSQL casts the text body).
 */
import type { SqlExecutor, SqlValue } from '../sql';
import { chunksFor, placeholders } from '../sql';

/** A decision record, as much of it as the audit needs. */
export interface AuditLogRow {
  seq: number;
  /** `{"event": DecisionEvent}` as stored. */
  body: string;
  received_at: string;
}

export interface AuditWindow {
  /** Records with `seq > after`… */
  after: number;
  /** …and `seq <= upTo` (the `high` the page was started at). */
  upTo: number;
  limit: number;
  projectId?: string;
  draftId?: string;
}

/** Decision records in the window, in `seq` order, at most `limit`. */
export function auditDecisions(sql: SqlExecutor, window: AuditWindow): Promise<AuditLogRow[]> {
  const where = ["kind = 'decision'", 'seq > ?', 'seq <= ?'];
  const params: SqlValue[] = [window.after, window.upTo];
  if (window.projectId !== undefined) {
    where.push('project_id = ?');
    params.push(window.projectId);
  }
  if (window.draftId !== undefined) {
    where.push('draft_id = ?');
    params.push(window.draftId);
  }
  return sql.all<AuditLogRow>(
    `SELECT seq, body, received_at FROM hub_log
     WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`,
    [...params, window.limit],
  );
}

/** One published or revised version of a draft: its version and model (JSON text, or null). */
export interface DraftVersionModelRow {
  seq: number;
  draft_id: string;
  version: number | null;
  model: string | null;
}

const MODEL_COLUMNS = {
  sqlite: `json_extract(body, '$.draftVersion') AS version,
           json(json_extract(body, '$.draft.model')) AS model`,
  postgres: `(body::json ->> 'draftVersion')::bigint AS version,
             (body::json -> 'draft' -> 'model')::text AS model`,
} as const;

/**
 * Every version of the named drafts of one project published at or before `upTo`, in `seq`
 * order, without their text.
 */
export async function draftVersionModels(
  sql: SqlExecutor,
  projectId: string,
  draftIds: readonly string[],
  upTo: number,
): Promise<DraftVersionModelRow[]> {
  const rows: DraftVersionModelRow[] = [];
  for (const chunk of chunksFor(draftIds, 1)) {
    rows.push(
      ...(await sql.all<DraftVersionModelRow>(
        `SELECT seq, draft_id, ${MODEL_COLUMNS[sql.dialect]} FROM hub_log
         WHERE project_id = ? AND draft_id IN (${placeholders(chunk.length)})
           AND kind IN ('draft.published', 'draft.revised') AND seq <= ?
         ORDER BY seq`,
        [projectId, ...chunk, upTo],
      )),
    );
  }
  return rows;
}
