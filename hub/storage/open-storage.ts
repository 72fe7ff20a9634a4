/**
 * Opens the database a config names (SYNC.md §8) and brings it to the current schema: the
 * server and every admin command start here, so they always agree on where the data is.
 */
import { join } from 'node:path';
import type { HubConfig } from '../config/hub-config';
import { runMigrations, type MigrationReport } from './migrations/run-migrations';
import { openPostgresStorage } from './postgres/postgres-storage';
import { openSqliteStorage } from './sqlite/sqlite-storage';
import type { HubStorage } from './storage';

/** The SQLite file inside a data folder. */
export const sqliteFileIn = (dataDir: string) => join(dataDir, 'hub.sqlite');

export function openHubStorage(config: Pick<HubConfig, 'dataDir' | 'databaseUrl'>): HubStorage {
  return config.databaseUrl === null
    ? openSqliteStorage({ file: sqliteFileIn(config.dataDir) })
    : openPostgresStorage({ connectionString: config.databaseUrl });
}

export async function openMigratedStorage(
  config: Pick<HubConfig, 'dataDir' | 'databaseUrl'>,
): Promise<{ storage: HubStorage; migrations: MigrationReport }> {
  const storage = openHubStorage(config);
  try {
    return { storage, migrations: await runMigrations(storage) };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
