/**
 * `GET /v1/sync/events` (SYNC.md §6): a server-sent event stream that pokes each client after
 * every commit of the log — this instance's, another instance's on the same PostgreSQL
 * (LISTEN/NOTIFY), or an admin command's on the same SQLite file — so it pulls at once instead
 * of at its slow poll. A poke carries only `{high, hubId, epoch}`: what to pull comes from pull.
 */
import type { ServerResponse } from 'node:http';
import type { CommitNotice, HubStorage } from '../storage/storage';

/** A comment line every so often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;
/** How long a client waits before reconnecting after the stream drops (the SSE `retry` field). */
const RETRY_MS = 3_000;

export interface PokeStreams {
  /** Takes over `response` as a stream; `headers` are the ones the reply had (CORS). */
  open(response: ServerResponse, headers: Record<string, string>, first: CommitNotice): void;
  /** Streams open now. */
  readonly size: number;
  /** Ends every stream (graceful shutdown: clients reconnect to another instance). */
  closeAll(): void;
}

const pokeText = (notice: CommitNotice) =>
  `event: poke\ndata: ${JSON.stringify({ high: notice.high, hubId: notice.hubId, epoch: notice.epoch })}\n\n`;

/** True when `a` was committed after `b` on the same hub (a restore raises the epoch). */
const newer = (a: CommitNotice | null, b: CommitNotice): a is CommitNotice =>
  a !== null &&
  a.hubId === b.hubId &&
  (a.epoch > b.epoch || (a.epoch === b.epoch && a.high > b.high));

export function createPokeStreams(storage: HubStorage): PokeStreams {
  const streams = new Set<ServerResponse>();
  let pending: CommitNotice | null = null;
  /** The last poke sent: a stream that read its first poke before it was sent still gets it. */
  let latest: CommitNotice | null = null;
  // Many commits in one tick (several instances, a burst of pushes) make one poke per stream.
  const flush = () => {
    const notice = pending;
    pending = null;
    if (notice !== null) {
      latest = notice;
      const text = pokeText(notice);
      for (const stream of streams) {
        stream.write(text);
      }
    }
  };
  const unsubscribe = storage.onCommit((notice) => {
    if (pending === null) {
      setImmediate(flush);
    }
    pending = notice;
  });
  const heartbeat = setInterval(() => {
    for (const stream of streams) {
      stream.write(': keep-alive\n\n');
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    open(response, headers, first) {
      response.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx and similar proxies would otherwise buffer the stream (README, TLS).
        'x-accel-buffering': 'no',
      });
      response.write(`retry: ${RETRY_MS}\n\n`);
      response.write(pokeText(newer(latest, first) ? latest : first));
      streams.add(response);
      response.on('close', () => streams.delete(response));
    },
    get size() {
      return streams.size;
    },
    closeAll() {
      unsubscribe();
      clearInterval(heartbeat);
      for (const stream of streams) {
        stream.end();
      }
      streams.clear();
    },
  };
}
