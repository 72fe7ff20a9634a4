/**
 * Brings a database to the newest schema this hub knows, at start (and before every admin
 * command). Several hub processes starting at once on one PostgreSQL take turns (advisory
 * lock); a database written by a newer hub is refused rather than misread.
 */
import type { HubStorage } from '../storage';
import type { SqlExecutor } from '../sql';
import { migration001 } from './001-log';
import { migration002 } from './002-projections';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';
}

export interface MigrationReport {
  from: number;
  to: number;
  applied: Migration[];
}

async function currentVersion(sql: SqlExecutor): Promise<number> {
  await sql.run(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`,
  );
  const row = await sql.get<{ version: number | null }>(
    'SELECT MAX(version) AS version FROM schema_migrations',
  );
  return Number(row?.version ?? 0);
}

/** The schema version of the database (0 for a new one). */
export function schemaVersion(storage: HubStorage): Promise<number> {
  return storage.migrate(currentVersion);
}

/** Applies every migration above the database's version, up to `upTo` (tests stop early). */
export async function runMigrations(
  storage: HubStorage,
  upTo: number = LATEST_SCHEMA_VERSION,
): Promise<MigrationReport> {
  const from = await schemaVersion(storage);
  if (from > LATEST_SCHEMA_VERSION) {
    throw new NewerSchemaError(
      `The database is at schema version ${from}, written by a newer hub; this hub knows up to ` +
        `version ${LATEST_SCHEMA_VERSION}. Run the newer hub, or restore a backup made by this one.`,
    );
  }
  const applied: Migration[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.version > upTo) {
      break;
    }
    const ran = await storage.migrate(async (sql) => {
      // Read again under the lock: another instance may have run it meanwhile.
      if ((await currentVersion(sql)) >= migration.version) {
        return false;
      }
      await migration.up(sql);
      await sql.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (ran) {
      applied.push(migration);
    }
  }
  return { from, to: Math.max(from, Math.min(upTo, LATEST_SCHEMA_VERSION)), applied };
}
