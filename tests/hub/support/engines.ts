/**
 * Every hub test runs against both engines (issue 10, point 7): SQLite in a temporary folder,
 * and PostgreSQL in a fresh database of the cluster `TEST_DATABASE_URL` names (CI starts one).
 * Without that variable the PostgreSQL half is skipped, and says so in the test names.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe } from 'vitest';
import { runMigrations } from '../../../hub/storage/migrations/run-migrations';
import { openPostgresStorage } from '../../../hub/storage/postgres/postgres-storage';
import { openSqliteStorage } from '../../../hub/storage/sqlite/sqlite-storage';
import type { HubStorage } from '../../../hub/storage/storage';

export type EngineName = 'sqlite' | 'postgres';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || null;

/** Where a database lives, as the hub's config names it (for spawned hub processes). */
export interface DatabaseLocation {
  dataDir: string;
  databaseUrl: string | null;
}

export interface TestEngine {
  name: EngineName;
  /** A new, empty database (migrated to `upTo`, default the latest); closed after the suite. */
  fresh(options?: { upTo?: number; migrate?: boolean }): Promise<HubStorage>;
  /** A new, empty database's location, not opened (a hub process will open it). */
  freshLocation(): Promise<DatabaseLocation>;
  /** Opens one more storage on a location (a second instance, a restart). */
  open(location: DatabaseLocation): HubStorage;
}

let counter = 0;
const uniqueName = () => `loupe_t_${process.pid}_${Date.now().toString(36)}_${(counter += 1)}`;

function databaseUrlFor(name: string): string {
  const url = new URL(TEST_DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL ?? '' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function createEngine(name: EngineName): TestEngine {
  const opened: HubStorage[] = [];
  const folders: string[] = [];
  const databases: string[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((storage) => storage.close().catch(() => undefined)));
    for (const folder of folders) {
      rmSync(folder, { recursive: true, force: true });
    }
    for (const database of databases) {
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  });
  const open = (location: DatabaseLocation): HubStorage => {
    const storage =
      location.databaseUrl === null
        ? openSqliteStorage({ file: join(location.dataDir, 'hub.sqlite'), watchMs: 200 })
        : openPostgresStorage({ connectionString: location.databaseUrl, maxConnections: 5 });
    opened.push(storage);
    return storage;
  };
  const freshLocation = async (): Promise<DatabaseLocation> => {
    const dataDir = mkdtempSync(join(tmpdir(), 'loupe-hub-test-'));
    folders.push(dataDir);
    if (name === 'sqlite') {
      return { dataDir, databaseUrl: null };
    }
    const database = uniqueName();
    await adminQuery(`CREATE DATABASE ${database}`);
    databases.push(database);
    return { dataDir, databaseUrl: databaseUrlFor(database) };
  };
  return {
    name,
    freshLocation,
    open,
    async fresh(options = {}) {
      const storage = open(await freshLocation());
      if (options.migrate !== false) {
        await runMigrations(storage, options.upTo);
      }
      return storage;
    },
  };
}

/** Runs `suite` once per engine; the PostgreSQL run is skipped without TEST_DATABASE_URL. */
export function describeEachEngine(title: string, suite: (engine: TestEngine) => void) {
  describe(`${title} [sqlite]`, () => suite(createEngine('sqlite')));
  if (TEST_DATABASE_URL === null) {
    describe.skip(`${title} [postgres: skipped, TEST_DATABASE_URL is not set]`, () => undefined);
  } else {
    describe(`${title} [postgres]`, () => suite(createEngine('postgres')));
  }
}

/** For tests that only make sense on PostgreSQL (the race test, scale-out). */
export function describePostgres(title: string, suite: (engine: TestEngine) => void) {
  if (TEST_DATABASE_URL === null) {
    describe.skip(`${title} [postgres: skipped, TEST_DATABASE_URL is not set]`, () => undefined);
  } else {
    describe(`${title} [postgres]`, () => suite(createEngine('postgres')));
  }
}
