/**
 * The PostgreSQL engine (SYNC.md §5, §8): a pool for requests and one listening connection for
 * pokes. Several hub processes may share the database: every write first takes the row lock on
 * `hub_counter` (held to commit), so `seq` is gapless and in commit order across all of them,
 * and each commit that wrote to the log sends `NOTIFY loupe_hub`, which every instance's
 * listener turns into pokes for its own clients.
 */
import pg from 'pg';
import type { CommitNotice, HubStorage } from '../storage';
import { StorageBusyError } from '../storage';
import type { SqlExecutor, SqlValue } from '../sql';

/** The channel every instance listens on. */
export const POKE_CHANNEL = 'loupe_hub';
/** Key of the advisory lock that keeps two instances from migrating at once. */
const MIGRATION_LOCK = 7_305_077;
/** A write that waits longer than this for the counter lock is answered 503 and retried. */
const LOCK_TIMEOUT = '10s';
/** PostgreSQL's lock_not_available, raised when LOCK_TIMEOUT passes. */
const LOCK_NOT_AVAILABLE = '55P03';

/** BIGINT (oid 20) comes back as a number: every hub count and seq stays below 2^53. */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format: 'text' | 'binary' = 'text') =>
    oid === 20
      ? (value: string) => Number(value)
      : (pg.types.getTypeParser(oid, format) as (
          value: string,
        ) => unknown)) as pg.CustomTypesConfig['getTypeParser'],
};

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for logs and start-up. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

const numbered = new Map<string, string>();
/** `a = ? AND b = ?` → `a = $1 AND b = $2` (the hub's SQL has no `?` inside literals). */
function numberPlaceholders(sql: string): string {
  let text = numbered.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${(n += 1)}`);
    numbered.set(sql, text);
  }
  return text;
}

function executorOf(client: pg.PoolClient | pg.Client): SqlExecutor {
  const query = async <Row>(sql: string, params: readonly SqlValue[]) =>
    client.query(numberPlaceholders(sql), params as SqlValue[]) as unknown as Promise<
      pg.QueryResult<Row & pg.QueryResultRow>
    >;
  return {
    dialect: 'postgres',
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
      (await query<Row>(sql, params)).rows as Row[],
    get: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
      (await query<Row>(sql, params)).rows[0] as Row | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) =>
      (await query(sql, params)).rowCount ?? 0,
  };
}

const NOTICE_SQL =
  'SELECT c.value AS high, m.hub_id AS "hubId", m.epoch AS epoch FROM hub_counter c, hub_meta m';

export interface PostgresStorageOptions {
  connectionString: string;
  /** Pool size (default 10). */
  maxConnections?: number;
  /** Called when the listening connection fails and is being re-opened (for the log). */
  onListenerError?: (error: Error) => void;
}

export function openPostgresStorage(options: PostgresStorageOptions): HubStorage {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types,
  });
  // An idle client losing its connection must not crash the hub; the next query reconnects.
  pool.on('error', () => undefined);
  const listeners = new Set<(notice: CommitNotice) => void>();
  let closed = false;
  let listener: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let retryMs = 500;

  const emit = (notice: CommitNotice) => {
    for (const listen of listeners) {
      listen(notice);
    }
  };

  const transaction = async <T>(
    begin: string[],
    work: (sql: SqlExecutor, client: pg.PoolClient) => Promise<T>,
  ): Promise<T> => {
    const client = await pool.connect();
    let broken = false;
    try {
      for (const statement of begin) {
        await client.query(statement);
      }
      const result = await work(executorOf(client), client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE) {
        throw new StorageBusyError('the database is busy');
      }
      throw error;
    } finally {
      client.release(broken);
    }
  };

  const listen = async () => {
    if (closed || listeners.size === 0 || listener !== null) {
      return;
    }
    const client = new pg.Client({ connectionString: options.connectionString, types });
    listener = client;
    const reopen = (error: Error) => {
      options.onListenerError?.(error);
      if (listener === client) {
        listener = null;
      }
      client.end().catch(() => undefined);
      if (!closed && retryTimer === null) {
        retryTimer = setTimeout(() => {
          retryTimer = null;
          void listen();
        }, retryMs);
        retryTimer.unref();
        retryMs = Math.min(retryMs * 2, 30_000);
      }
    };
    client.on('error', reopen);
    client.on('notification', (message) => {
      if (message.channel !== POKE_CHANNEL || message.payload === undefined) {
        return;
      }
      try {
        emit(JSON.parse(message.payload) as CommitNotice);
      } catch {
        // not ours
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${POKE_CHANNEL}`);
      retryMs = 500;
      // Commits made while no one listened would otherwise wait for the clients' slow poll.
      const current = (await client.query<CommitNotice>(NOTICE_SQL)).rows[0];
      if (current !== undefined) {
        emit(current);
      }
    } catch (error) {
      reopen(error as Error);
    }
  };

  return {
    dialect: 'postgres',
    location: redactDatabaseUrl(options.connectionString),
    read: (work) =>
      transaction(['BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'], (sql) => work(sql)),
    write: (work) =>
      transaction(['BEGIN', `SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`], async (sql) => {
        // SYNC.md §5: the counter's row lock, held to commit, orders every writer.
        await sql.get('SELECT value FROM hub_counter WHERE id = 1 FOR UPDATE');
        const before = await sql.get<CommitNotice>(NOTICE_SQL);
        const result = await work(sql);
        const after = await sql.get<CommitNotice>(NOTICE_SQL);
        const changed =
          after !== undefined &&
          (after.high !== before?.high ||
            after.epoch !== before.epoch ||
            after.hubId !== before.hubId);
        if (changed) {
          // Delivered at commit, to every instance listening, this one included.
          await sql.run('SELECT pg_notify(?, ?)', [POKE_CHANNEL, JSON.stringify(after)]);
        }
        return result;
      }),
    migrate: (work) =>
      transaction(['BEGIN', `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`], (sql) => work(sql)),
    onCommit(listen_) {
      listeners.add(listen_);
      void listen();
      return () => listeners.delete(listen_);
    },
    async close() {
      closed = true;
      if (retryTimer !== null) {
        clearTimeout(retryTimer);
      }
      const open = listener;
      listener = null;
      await open?.end().catch(() => undefined);
      listeners.clear();
      await pool.end();
    },
  };
}
