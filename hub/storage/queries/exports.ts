/**
 * What an export reads (issue 13 point 5): the log as it stood at a cursor `upTo`. The
 * projections say what holds now; a draft or project changed after `upTo` is looked up in the
 * log, which never changes below `upTo`, so the same cursor always gives the same rows.
 */
import type { SqlExecutor } from '../sql';
import { chunksFor, placeholders } from '../sql';

/** A published draft as the projection lists it (no text). */
export interface ExportDraftKeyRow {
  project_id: string;
  draft_id: string;
  content_seq: number;
  withdrawn_seq: number | null;
}

export interface ExportProjectRow {
  project_id: string;
  name: string;
  settings: string;
  updated_seq: number;
}

const projectFilter = (projectIds: readonly string[] | undefined) =>
  projectIds === undefined || projectIds.length === 0
    ? { where: '', params: [] as string[] }
    : { where: `WHERE project_id IN (${placeholders(projectIds.length)})`, params: projectIds };

/** Every project (or those named), as the projection holds it now. */
export function exportProjects(sql: SqlExecutor, projectIds?: readonly string[]) {
  const filter = projectFilter(projectIds);
  return sql.all<ExportProjectRow>(
    `SELECT project_id, name, settings, updated_seq FROM projects ${filter.where}`,
    filter.params,
  );
}

/** The project's latest `project.*` record at or before `upTo`, if any. */
export function projectRecordAt(sql: SqlExecutor, projectId: string, upTo: number) {
  return sql.get<{ seq: number; kind: string; body: string }>(
    `SELECT seq, kind, body FROM hub_log
     WHERE project_id = ? AND draft_id IS NULL
       AND kind IN ('project.published', 'project.settings') AND seq <= ?
     ORDER BY seq DESC LIMIT 1`,
    [projectId, upTo],
  );
}

/** Every draft ever published (in the projects named, if any): keys and seqs only. */
export function exportDraftKeys(sql: SqlExecutor, projectIds?: readonly string[]) {
  const filter = projectFilter(projectIds);
  return sql.all<ExportDraftKeyRow>(
    `SELECT project_id, draft_id, content_seq, withdrawn_seq FROM drafts ${filter.where}`,
    filter.params,
  );
}

/** The seq of the draft's content at `upTo` (its latest publish or revision up to there). */
export async function draftContentSeqAt(
  sql: SqlExecutor,
  projectId: string,
  draftId: string,
  upTo: number,
): Promise<number | undefined> {
  const row = await sql.get<{ seq: number | null }>(
    `SELECT MAX(seq) AS seq FROM hub_log
     WHERE project_id = ? AND draft_id = ? AND kind IN ('draft.published', 'draft.revised')
       AND seq <= ?`,
    [projectId, draftId, upTo],
  );
  return row?.seq === null || row?.seq === undefined ? undefined : Number(row.seq);
}

/** Drafts with a decision in `(after, upTo]`. */
export function draftsDecidedBetween(sql: SqlExecutor, after: number, upTo: number) {
  return sql.all<{ project_id: string; draft_id: string }>(
    `SELECT DISTINCT project_id, draft_id FROM hub_log
     WHERE kind = 'decision' AND seq > ? AND seq <= ?`,
    [after, upTo],
  );
}

/** The bodies of the log records at `seqs`, by seq. */
export async function logBodiesAt(
  sql: SqlExecutor,
  seqs: readonly number[],
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  for (const chunk of chunksFor(seqs, 1)) {
    const rows = await sql.all<{ seq: number; body: string }>(
      `SELECT seq, body FROM hub_log WHERE seq IN (${placeholders(chunk.length)})`,
      chunk,
    );
    for (const row of rows) {
      found.set(Number(row.seq), row.body);
    }
  }
  return found;
}

/** The decision records of the given drafts of one project up to `upTo`, in `seq` order. */
export async function decisionsUpTo(
  sql: SqlExecutor,
  projectId: string,
  draftIds: readonly string[],
  upTo: number,
): Promise<{ draft_id: string; body: string }[]> {
  const rows: { draft_id: string; body: string }[] = [];
  for (const chunk of chunksFor(draftIds, 1)) {
    rows.push(
      ...(await sql.all<{ draft_id: string; body: string }>(
        `SELECT draft_id, body FROM hub_log
         WHERE project_id = ? AND draft_id IN (${placeholders(chunk.length)})
           AND kind = 'decision' AND seq <= ?
         ORDER BY seq`,
        [projectId, ...chunk, upTo],
      )),
    );
  }
  return rows;
}

/** Display names of the hub's users, by id (records name their reviewers). */
export async function userNames(sql: SqlExecutor): Promise<Map<string, string>> {
  const rows = await sql.all<{ id: string; name: string }>('SELECT id, name FROM users');
  return new Map(rows.map((row) => [row.id, row.name]));
}
