/**
 * The hub benchmark's machinery (hub-bench.ts): fresh databases on either engine, the hub as its
 * own process (`hub/main.ts serve`, as `npm run hub` runs it) on 127.0.0.1 and a free port, its
 * memory from /proc, and the raw baselines — the same rows written and read with the engine's
 * plain driver (better-sqlite3, pg), no hub code in between.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { runMigrations } from '../../hub/storage/migrations/run-migrations';
import { sqliteFileIn } from '../../hub/storage/open-storage';
import { openPostgresStorage } from '../../hub/storage/postgres/postgres-storage';
import { LOG_COLUMNS } from '../../hub/storage/queries/log';
import type { LogRow } from '../../hub/storage/rows';
import { chunksFor } from '../../hub/storage/sql';
import { openSqliteStorage } from '../../hub/storage/sqlite/sqlite-storage';
import type { HubStorage } from '../../hub/storage/storage';

export type EngineName = 'sqlite' | 'postgres';

export interface BenchDatabase {
  engine: EngineName;
  /** The SQLite data folder (also the hub's --data on PostgreSQL, unused there). */
  dataDir: string;
  /** The database's own URL on PostgreSQL; null on SQLite. */
  databaseUrl: string | null;
  /** Opens it through the hub's storage layer (for setup and seeding). */
  open(): HubStorage;
  drop(): Promise<void>;
}

/**
 * After a bulk seed, brings PostgreSQL's tables to the state a running hub's are in: autovacuum
 * vacuums and analyses a table within a minute or so of a large change. Right after the seed
 * the planner has no statistics (a page's read could be planned as a scan) and no row is known
 * visible yet, so the first full read sets every row's hint bits and dirties every page — a
 * cost of the bench's timing, which the Parquet export (the second full read) did not pay.
 * VACUUM cannot run in a transaction, hence its own connection. SQLite needs neither.
 */
export async function settleAfterSeed(database: BenchDatabase): Promise<void> {
  if (database.databaseUrl !== null) {
    await adminQuery(database.databaseUrl, 'VACUUM (ANALYZE)');
  }
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let created = 0;

/** A new, empty database (not migrated): a temporary folder, or a new PostgreSQL database. */
export async function freshDatabase(
  engine: EngineName,
  adminUrl: string | null,
): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loupe-hub-bench-'));
  if (engine === 'sqlite') {
    return {
      engine,
      dataDir,
      databaseUrl: null,
      open: () => openSqliteStorage({ file: sqliteFileIn(dataDir) }),
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  if (adminUrl === null) {
    throw new Error('PostgreSQL needs a URL');
  }
  const name = `loupe_bench_${process.pid}_${Date.now().toString(36)}_${(created += 1)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    engine,
    dataDir,
    databaseUrl,
    open: () => openPostgresStorage({ connectionString: databaseUrl, maxConnections: 4 }),
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface HubProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The node options `npm run hub` gives the hub (package.json's `hub` script, e.g. a larger
 * young generation), so the bench measures the hub as it is run, not a differently tuned one.
 */
export function hubNodeFlags(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (scripts.hub ?? '').trim().split(/\s+/);
  const main = words.indexOf('hub/main.ts');
  if (words[0] !== 'node' || main < 0) {
    throw new Error(`package.json's hub script is not "node … hub/main.ts": ${scripts.hub}`);
  }
  const flags: string[] = [];
  for (let at = 1; at < main; at += 1) {
    if (words[at] === '--import') {
      at += 1; // the loader: startHub passes `--import tsx` itself
    } else {
      flags.push(words[at] as string);
    }
  }
  return flags;
}

/**
 * Starts `hub/main.ts serve` on `database` in a process of its own (node with tsx's loader, so
 * the pid is the hub's own), listening on 127.0.0.1 and a free port; the rate limit is raised
 * out of the way, everything else is the defaults (log level info, to a pipe this drains).
 * `extraArgs` go after the others (the sync bench's `--cors-origin`).
 */
export async function startHub(
  root: string,
  database: BenchDatabase,
  extraArgs: readonly string[] = [],
): Promise<HubProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOUPE_HUB_LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  if (database.databaseUrl !== null) {
    env.DATABASE_URL = database.databaseUrl;
  }
  // LOUPE_BENCH_HUB_CPU_PROF=DIR: the hub writes a V8 CPU profile there when it stops (to see
  // where an export's time goes; node writes it on a clean exit, which SIGTERM gives).
  const profileDir = process.env.LOUPE_BENCH_HUB_CPU_PROF?.trim();
  const profiling = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...profiling,
      ...hubNodeFlags(root),
      '--import',
      'tsx',
      join(root, 'hub/main.ts'),
      'serve',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--rate-limit',
      '1000000',
      '--data',
      database.dataDir,
      ...extraArgs,
    ],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    let found = false;
    lines.on('line', (line) => {
      const match = /^Loupe hub listening on (http:\/\/\S+)/.exec(line);
      if (!found && match?.[1] !== undefined) {
        found = true;
        resolve(match[1]);
      }
    });
    void exited.then((code) =>
      reject(new Error(`the hub exited (${code}) before listening: ${errors.join('').trim()}`)),
    );
  });
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
      }
      await exited;
    },
  };
}

const kilobytes = (status: string, field: string) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? null : Number(match[1]);
};
const mib = (kb: number | null) => (kb === null ? null : Math.round(kb / 102.4) / 10);

/**
 * Starts a window on `pid`'s peak resident size (VmHWM, reset by writing 5 to clear_refs);
 * `finish()` gives the peak since, beside the resident size at the start, in MiB. Null where
 * /proc cannot be read or the peak cannot be reset (not Linux, no permission).
 */
export function startPeakWindow(pid: number) {
  let rssAtStart: number | null = null;
  let resettable = true;
  try {
    rssAtStart = kilobytes(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    resettable = false;
  }
  return () => {
    let peak: number | null;
    try {
      peak = kilobytes(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM');
    } catch {
      peak = null;
    }
    return resettable
      ? { peakMb: mib(peak), atStartMb: mib(rssAtStart) }
      : { peakMb: null, atStartMb: null };
  };
}

const valuesOf = (rows: readonly LogRow[]) =>
  rows.flatMap((row) => LOG_COLUMNS.map((column) => row[column]));

/**
 * Raw baseline for a push: `rows` (as the hub stored them) written into `hub_log` of a fresh,
 * migrated database of the same engine, in one transaction of multi-row INSERTs (as few as the
 * bind limit allows), with the engine's plain driver. SQLite with the hub's pragmas (WAL,
 * synchronous = FULL). Resolves to the transaction's milliseconds.
 */
export async function rawInsertMs(
  engine: EngineName,
  adminUrl: string | null,
  rows: readonly LogRow[],
): Promise<number> {
  const database = await freshDatabase(engine, adminUrl);
  try {
    const storage = database.open();
    await runMigrations(storage);
    await storage.close();
    const columns = LOG_COLUMNS.join(', ');
    const chunks = chunksFor(rows, LOG_COLUMNS.length);
    if (database.databaseUrl === null) {
      const db = new Database(sqliteFileIn(database.dataDir));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      try {
        const statements = chunks.map((chunk) => ({
          statement: db.prepare(
            `INSERT INTO hub_log (${columns}) VALUES ${chunk.map(() => `(${LOG_COLUMNS.map(() => '?').join(', ')})`).join(', ')}`,
          ),
          values: valuesOf(chunk),
        }));
        const started = performance.now();
        db.exec('BEGIN IMMEDIATE');
        for (const { statement, values } of statements) {
          statement.run(...values);
        }
        db.exec('COMMIT');
        return performance.now() - started;
      } finally {
        db.close();
      }
    }
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      const width = LOG_COLUMNS.length;
      const statements = chunks.map((chunk) => ({
        text: `INSERT INTO hub_log (${columns}) VALUES ${chunk
          .map((_, r) => `(${LOG_COLUMNS.map((__, c) => `$${r * width + c + 1}`).join(', ')})`)
          .join(', ')}`,
        values: valuesOf(chunk),
      }));
      const started = performance.now();
      await client.query('BEGIN');
      for (const statement of statements) {
        await client.query(statement.text, statement.values);
      }
      await client.query('COMMIT');
      return performance.now() - started;
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
  }
}

/**
 * Raw baseline for a pull: one SELECT of every `hub_log` row (the columns a pull reads, in
 * `seq` order) with the engine's plain driver, rows materialised. Returns ms and the row count.
 */
export async function rawSelect(database: BenchDatabase): Promise<{ ms: number; rows: number }> {
  const sql = `SELECT ${LOG_COLUMNS.join(', ')} FROM hub_log ORDER BY seq`;
  if (database.databaseUrl === null) {
    const db = new Database(sqliteFileIn(database.dataDir), { readonly: true });
    try {
      const statement = db.prepare(sql);
      const started = performance.now();
      const rows = statement.all();
      return { ms: performance.now() - started, rows: rows.length };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    const result = await client.query(sql);
    return { ms: performance.now() - started, rows: result.rows.length };
  } finally {
    await client.end();
  }
}
