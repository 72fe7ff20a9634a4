/**
 * The projections `projects`, `drafts` and `draft_state`: what the log says now, kept up to date
 * in each write's transaction and rebuildable from `hub_log` at any time (hub/log/projections.ts).
 */
import type { DraftRow, DraftStateRow, ProjectRow } from '../rows';
import type { SqlExecutor } from '../sql';
import { chunksFor, placeholders, rowPlaceholders } from '../sql';

const PROJECT_COLUMNS = 'project_id, name, settings_version, settings, published_seq, updated_seq';
const DRAFT_COLUMNS = 'project_id, draft_id, version, content_hash, content_seq, withdrawn_seq';

export function projectById(sql: SqlExecutor, projectId: string) {
  return sql.get<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects WHERE project_id = ?`, [
    projectId,
  ]);
}

export function projectByName(sql: SqlExecutor, name: string) {
  return sql.get<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects WHERE name = ?`, [name]);
}

export function listProjects(
  sql: SqlExecutor,
): Promise<(ProjectRow & { drafts: number; withdrawn: number })[]> {
  return sql.all(
    `SELECT p.project_id, p.name, p.settings_version, p.settings, p.published_seq, p.updated_seq,
       (SELECT COUNT(*) FROM drafts d WHERE d.project_id = p.project_id) AS drafts,
       (SELECT COUNT(*) FROM drafts d
         WHERE d.project_id = p.project_id AND d.withdrawn_seq IS NOT NULL) AS withdrawn
     FROM projects p ORDER BY p.name`,
  );
}

export async function upsertProject(sql: SqlExecutor, row: ProjectRow): Promise<void> {
  await sql.run(
    `INSERT INTO projects (${PROJECT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (project_id) DO UPDATE SET name = excluded.name,
       settings_version = excluded.settings_version, settings = excluded.settings,
       updated_seq = excluded.updated_seq`,
    [
      row.project_id,
      row.name,
      row.settings_version,
      row.settings,
      row.published_seq,
      row.updated_seq,
    ],
  );
}

/** The drafts among `draftIds` of one project that were ever published, by id. */
export async function draftsByIds(
  sql: SqlExecutor,
  projectId: string,
  draftIds: readonly string[],
): Promise<Map<string, DraftRow>> {
  const found = new Map<string, DraftRow>();
  for (const chunk of chunksFor(draftIds, 1)) {
    const rows = await sql.all<DraftRow>(
      `SELECT ${DRAFT_COLUMNS} FROM drafts
       WHERE project_id = ? AND draft_id IN (${placeholders(chunk.length)})`,
      [projectId, ...chunk],
    );
    for (const row of rows) {
      found.set(row.draft_id, row);
    }
  }
  return found;
}

export async function upsertDraft(sql: SqlExecutor, row: DraftRow): Promise<void> {
  await sql.run(
    `INSERT INTO drafts (${DRAFT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (project_id, draft_id) DO UPDATE SET version = excluded.version,
       content_hash = excluded.content_hash, content_seq = excluded.content_seq,
       withdrawn_seq = excluded.withdrawn_seq`,
    [
      row.project_id,
      row.draft_id,
      row.version,
      row.content_hash,
      row.content_seq,
      row.withdrawn_seq,
    ],
  );
}

/**
 * Writes the states of several drafts (each at most once), in as few statements as the bind
 * limit allows: one statement per row would cost a round trip per draft under the counter lock
 * (a push of 200 decisions spent over half its time there on PostgreSQL).
 */
export async function upsertDraftStates(
  sql: SqlExecutor,
  rows: readonly DraftStateRow[],
): Promise<void> {
  for (const chunk of chunksFor(rows, 5)) {
    await sql.run(
      `INSERT INTO draft_state (project_id, draft_id, status, state, updated_seq)
       VALUES ${rowPlaceholders(chunk.length, 5)}
       ON CONFLICT (project_id, draft_id) DO UPDATE SET status = excluded.status,
         state = excluded.state, updated_seq = excluded.updated_seq`,
      chunk.flatMap((row) => [
        row.project_id,
        row.draft_id,
        row.status,
        row.state,
        row.updated_seq,
      ]),
    );
  }
}

export function draftStates(sql: SqlExecutor): Promise<DraftStateRow[]> {
  return sql.all<DraftStateRow>(
    'SELECT project_id, draft_id, status, state, updated_seq FROM draft_state ORDER BY project_id, draft_id',
  );
}

/** Empties the projections before a rebuild. */
export async function clearProjections(sql: SqlExecutor): Promise<void> {
  await sql.run('DELETE FROM draft_state');
  await sql.run('DELETE FROM drafts');
  await sql.run('DELETE FROM projects');
}
