/**
 * What the hub needs of its database (SYNC.md §8): transactions with the isolation the
 * protocol needs, and a signal after each commit. The SQLite and PostgreSQL engines implement
 * it; everything above (the queries in queries/, the log rules in hub/log/) is written once
 * against it, so one test suite runs against both.
 */
import type { Dialect, SqlExecutor } from './sql';

/** Sent after a commit that wrote to the log (and on start-up or reconnect): a poke. */
export interface CommitNotice {
  high: number;
  hubId: string;
  epoch: number;
}

export interface HubStorage {
  readonly dialect: Dialect;
  /** Where the data lives, safe to print (a path, or a URL without its password). */
  readonly location: string;
  /**
   * A consistent read: every query inside sees one snapshot of committed data (SQLite: a read
   * transaction on its own connection; PostgreSQL: REPEATABLE READ, READ ONLY).
   */
  read<T>(work: (sql: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * A write, serialised with every other write (SYNC.md §5): SQLite runs it in `BEGIN
   * IMMEDIATE`; PostgreSQL first takes `hub_counter`'s row lock, held to commit. Commit order is
   * therefore `seq` order. Resolves only after the commit.
   */
  write<T>(work: (sql: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * A transaction for migrations, before `hub_counter` may exist: exclusive across every process
   * on the same database (SQLite's write lock; a PostgreSQL advisory lock).
   */
  migrate<T>(work: (sql: SqlExecutor) => Promise<T>): Promise<T>;
  /** Listens for commits of this process and, where the engine can tell, of others. */
  onCommit(listener: (notice: CommitNotice) => void): () => void;
  close(): Promise<void>;
}

/** The database is busy (another writer holds it too long): the client should retry. */
export class StorageBusyError extends Error {
  override readonly name = 'StorageBusyError';
}
