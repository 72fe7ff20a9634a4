/**
 * Copies every table of one hub database into another, inside the target's one transaction:
 * a backup of a PostgreSQL hub into a new SQLite file, and any restore. Backups are SQLite
 * files whatever the engine, so one backup restores into either (and moves a team from SQLite
 * to PostgreSQL). Both databases must be at the same schema version.
 */
import { LOG_COLUMNS } from './queries/log';
import { chunksFor, placeholders, rowPlaceholders, type SqlExecutor, type SqlValue } from './sql';

/** Every table but `schema_migrations`, parents first, each with its key for paging. */
export const HUB_TABLES: readonly {
  name: string;
  columns: readonly string[];
  key: readonly string[];
}[] = [
  { name: 'hub_meta', columns: ['id', 'hub_id', 'epoch', 'created_at'], key: ['id'] },
  { name: 'hub_counter', columns: ['id', 'value'], key: ['id'] },
  {
    name: 'users',
    columns: ['id', 'name', 'role', 'token_id', 'token_hash', 'created_at', 'revoked_at'],
    key: ['id'],
  },
  {
    name: 'devices',
    columns: ['device_id', 'user_id', 'label', 'watermark', 'registered_at', 'last_push_at'],
    key: ['device_id'],
  },
  { name: 'hub_log', columns: LOG_COLUMNS, key: ['seq'] },
  {
    name: 'device_rejections',
    columns: ['device_id', 'device_seq', 'event_id', 'reason', 'rejected_at'],
    key: ['device_id', 'device_seq'],
  },
  {
    name: 'projects',
    columns: ['project_id', 'name', 'settings_version', 'settings', 'published_seq', 'updated_seq'],
    key: ['project_id'],
  },
  {
    name: 'drafts',
    columns: ['project_id', 'draft_id', 'version', 'content_hash', 'content_seq', 'withdrawn_seq'],
    key: ['project_id', 'draft_id'],
  },
  {
    name: 'draft_state',
    columns: ['project_id', 'draft_id', 'status', 'state', 'updated_seq'],
    key: ['project_id', 'draft_id'],
  },
];

const PAGE = 2_000;

/** Replaces everything in `target` with what `source` holds; returns rows copied per table. */
export async function copyDatabase(
  source: SqlExecutor,
  target: SqlExecutor,
): Promise<Record<string, number>> {
  for (const table of [...HUB_TABLES].reverse()) {
    await target.run(`DELETE FROM ${table.name}`);
  }
  const counts: Record<string, number> = {};
  for (const table of HUB_TABLES) {
    const columns = table.columns.join(', ');
    const key = table.key.join(', ');
    let copied = 0;
    // Keyset paging (by the primary key), so a large log costs one index walk, not OFFSET scans.
    let last: SqlValue[] | null = null;
    for (;;) {
      const rows: Record<string, SqlValue>[] = await source.all<Record<string, SqlValue>>(
        `SELECT ${columns} FROM ${table.name}` +
          (last === null ? '' : ` WHERE (${key}) > (${placeholders(table.key.length)})`) +
          ` ORDER BY ${key} LIMIT ?`,
        [...(last ?? []), PAGE],
      );
      for (const chunk of chunksFor(rows, table.columns.length)) {
        await target.run(
          `INSERT INTO ${table.name} (${columns}) VALUES ${rowPlaceholders(chunk.length, table.columns.length)}`,
          chunk.flatMap((row) => table.columns.map((column) => row[column] ?? null)),
        );
      }
      copied += rows.length;
      const end = rows[rows.length - 1];
      if (rows.length < PAGE || end === undefined) {
        break;
      }
      last = table.key.map((column) => end[column] ?? null);
    }
    counts[table.name] = copied;
  }
  return counts;
}
