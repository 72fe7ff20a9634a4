/**
 * The embedded engine (SYNC.md §8): one SQLite file in WAL mode, written through one connection
 * in `BEGIN IMMEDIATE` transactions and read through a few others, so a pull never sees a write
 * that has not committed. `synchronous = FULL`: a push is answered only once its commit is on
 * disk, so an acknowledged event survives a power cut, not just a killed process.
 *
 * Admin commands open the same file from their own process (user add, import, restore while the
 * hub runs): SQLite's own locking keeps them apart, and a watch on `PRAGMA data_version` turns
 * their commits into pokes for this process's listeners.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CommitNotice, HubStorage } from '../storage';
import { StorageBusyError } from '../storage';
import type { SqlExecutor, SqlValue } from '../sql';
import { createMutex } from './mutex';

type Connection = Database.Database;

export interface SqliteStorageOptions {
  /** The database file; its folder is created (mode 700) when missing. */
  file: string;
  /** Connections for reads (default 4). */
  readers?: number;
  /** How often other processes' commits are looked for, in ms (default 1000; 0: never). */
  watchMs?: number;
  /** How long a write waits for another process's lock before giving up, in ms. */
  busyTimeoutMs?: number;
}

function executorOf(db: Connection): SqlExecutor {
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    dialect: 'sqlite',
    all: <Row>(sql: string, params: readonly SqlValue[] = []) =>
      Promise.resolve(prepared(sql).all(...params) as Row[]),
    get: <Row>(sql: string, params: readonly SqlValue[] = []) =>
      Promise.resolve(prepared(sql).get(...params) as Row | undefined),
    run: (sql: string, params: readonly SqlValue[] = []) =>
      Promise.resolve(prepared(sql).run(...params).changes),
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function open(file: string, busyTimeoutMs: number): Connection {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${Math.round(busyTimeoutMs)}`);
  db.pragma('foreign_keys = ON');
  return db;
}

/** Reads the poke for the state a connection sees (null before the first migration). */
function noticeFrom(db: Connection): CommitNotice | null {
  try {
    const row = db
      .prepare(
        'SELECT c.value AS high, m.hub_id AS hubId, m.epoch AS epoch FROM hub_counter c, hub_meta m',
      )
      .get() as CommitNotice | undefined;
    return row ?? null;
  } catch {
    return null; // tables not created yet
  }
}

export interface SqliteStorage extends HubStorage {
  /** SQLite's online backup of the live database into `file` (better-sqlite3's backup API). */
  onlineBackup(file: string): Promise<void>;
}

export function openSqliteStorage(options: SqliteStorageOptions): SqliteStorage {
  mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
  const busyTimeoutMs = options.busyTimeoutMs ?? 5_000;
  const writer = open(options.file, busyTimeoutMs);
  const writeSql = executorOf(writer);
  const readers = Array.from({ length: options.readers ?? 4 }, () => {
    const db = open(options.file, busyTimeoutMs);
    db.pragma('query_only = ON');
    return { db, sql: executorOf(db) };
  });
  const idle = [...readers];
  const waiting: ((reader: (typeof readers)[number]) => void)[] = [];
  const writes = createMutex();
  const listeners = new Set<(notice: CommitNotice) => void>();
  let lastNotice: CommitNotice | null = noticeFrom(writer);
  let closed = false;

  const emit = (notice: CommitNotice | null) => {
    if (notice === null) {
      return;
    }
    const same =
      lastNotice !== null &&
      lastNotice.high === notice.high &&
      lastNotice.epoch === notice.epoch &&
      lastNotice.hubId === notice.hubId;
    lastNotice = notice;
    if (!same) {
      for (const listener of listeners) {
        listener(notice);
      }
    }
  };

  const acquire = () =>
    new Promise<(typeof readers)[number]>((resolve) => {
      const reader = idle.pop();
      if (reader !== undefined) {
        resolve(reader);
      } else {
        waiting.push(resolve);
      }
    });
  const release = (reader: (typeof readers)[number]) => {
    const next = waiting.shift();
    if (next !== undefined) {
      next(reader);
    } else {
      idle.push(reader);
    }
  };

  /** Runs `work` in a transaction on the writer, begun with `begin`. */
  const inWriteTransaction = <T>(begin: string, work: (sql: SqlExecutor) => Promise<T>) =>
    writes.run(async () => {
      if (closed) {
        throw new Error('the database is closed');
      }
      try {
        writer.exec(begin);
      } catch (error) {
        throw isBusy(error) ? new StorageBusyError('the database is busy') : error;
      }
      try {
        const result = await work(writeSql);
        writer.exec('COMMIT');
        return result;
      } catch (error) {
        if (writer.inTransaction) {
          writer.exec('ROLLBACK');
        }
        throw isBusy(error) ? new StorageBusyError('the database is busy') : error;
      }
    });

  const watch =
    (options.watchMs ?? 1_000) > 0
      ? setInterval(() => {
          const reader = idle[0];
          if (reader === undefined || closed) {
            return; // every reader is busy: this process is active and pokes on its own writes
          }
          emit(noticeFrom(reader.db));
        }, options.watchMs ?? 1_000)
      : null;
  watch?.unref();

  return {
    dialect: 'sqlite',
    location: options.file,
    async read(work) {
      const reader = await acquire();
      try {
        reader.db.exec('BEGIN');
        try {
          return await work(reader.sql);
        } finally {
          reader.db.exec('COMMIT');
        }
      } finally {
        release(reader);
      }
    },
    async write(work) {
      const result = await inWriteTransaction('BEGIN IMMEDIATE', work);
      emit(noticeFrom(writer));
      return result;
    },
    migrate: (work) => inWriteTransaction('BEGIN IMMEDIATE', work),
    onCommit(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async onlineBackup(file) {
      await writer.backup(file);
    },
    async close() {
      if (closed) {
        return;
      }
      await writes.run(() => Promise.resolve());
      closed = true;
      if (watch !== null) {
        clearInterval(watch);
      }
      for (const reader of readers) {
        reader.db.close();
      }
      writer.close();
      listeners.clear();
    },
  };
}
