/**
 * The faulty network of the fault-model test (SYNC.md §9): every client's hub calls go through
 * the app's own hub client (`createHubClient`) over a `fetch` that may, per request, drop it,
 * drop the answer after the hub committed, send it twice, delay it, or answer 500 / 429 (with
 * `Retry-After`) / time out without reaching the hub. Faults are drawn from a seeded generator
 * at a per-run rate; a test can also force the next fault of one client's call (the crash
 * points). `heal()` turns every fault off; `settle()` waits for copies still on the wire.
 */
import { createHubClient, type FetchLike } from '../../../shared/sync/hub-client';
import type { HubCall, HubOp } from '../../../shared/sync/hub-calls';
import type { HubTransport } from '../../../renderer/sync/sync-types';

export const FAULT_KINDS = [
  'drop-request',
  'drop-response',
  'duplicate',
  'delay',
  'error-500',
  'rate-limited',
  'timeout',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** `Retry-After` (seconds) of an injected 429. */
export const INJECTED_RETRY_AFTER_S = 7;

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const lost = () => new TypeError('fetch failed (the fault model lost it)');

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

export interface FaultNetwork {
  /** Where the hub listens now (it moves on a restart); null while it is down. */
  hubUrl: string | null;
  /** A client's transport: `name` keys forced faults, `token` is its user's. */
  transport(name: string, token: string): HubTransport;
  /** The next call `op` of client `name` suffers `kind` (whatever the rate). */
  force(name: string, op: HubOp, kind: FaultKind): void;
  /** Forgets forced faults that no call consumed; true if there were some. */
  unforce(name: string): boolean;
  heal(): void;
  /** Waits for every request still on the wire (duplicates, dropped answers). */
  settle(): Promise<void>;
  /** How many of each fault happened (for the report). */
  counts: Record<FaultKind | 'clean', number>;
  /** Every 5xx the real hub answered (a stopping hub answers 503 to what it can no longer do). */
  hubErrors: string[];
}

export function createFaultNetwork(options: {
  random: () => number;
  /** Probability that a call suffers a fault. */
  rate: number;
  /** Upper bound of an injected delay, in ms. */
  maxDelayMs: number;
  /** Pulls ask for at most this many records, so the log comes in many pages. */
  pullLimit?: number | null;
}): FaultNetwork {
  const { random } = options;
  let healed = false;
  let calling = 0;
  const hubErrors: string[] = [];
  const forced = new Map<string, { op: HubOp; kind: FaultKind }[]>();
  const wire = new Set<Promise<unknown>>();
  const counts = Object.fromEntries([...FAULT_KINDS, 'clean'].map((kind) => [kind, 0])) as Record<
    FaultKind | 'clean',
    number
  >;
  const track = <T>(promise: Promise<T>): Promise<T> => {
    const tracked = promise.finally(() => wire.delete(tracked));
    wire.add(tracked);
    return tracked;
  };
  const delay = () => sleep(Math.floor(random() * options.maxDelayMs));
  // The real request; its body is read here so that "answered" means the hub finished.
  const send = (url: string, init: RequestInit) =>
    track(
      (async () => {
        const response = await fetch(url, init);
        const text = await response.text();
        if (response.status >= 500) {
          hubErrors.push(
            `${response.status} ${init.method ?? 'GET'} ${url}: ${text.slice(0, 300)}`,
          );
        }
        return new Response(text, { status: response.status, headers: response.headers });
      })(),
    );

  const pick = (name: string, op: HubOp): FaultKind | null => {
    const queue = forced.get(name) ?? [];
    const index = queue.findIndex((entry) => entry.op === op);
    if (index >= 0) {
      const [entry] = queue.splice(index, 1);
      return entry?.kind ?? null;
    }
    if (healed || random() >= options.rate) {
      return null;
    }
    return FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)] ?? null;
  };

  const faultyFetch =
    (kind: FaultKind | null): FetchLike =>
    async (url, init) => {
      counts[kind ?? 'clean'] += 1;
      switch (kind) {
        case null:
          return send(url, init);
        case 'drop-request':
          throw lost();
        case 'drop-response':
          await send(url, init).catch(() => undefined);
          throw lost();
        case 'duplicate': {
          // Two copies on the wire, the second maybe late: the client sees one answer.
          const first = send(url, init);
          void track(delay().then(() => send(url, init).catch(() => undefined)));
          return first;
        }
        case 'delay': {
          await delay();
          const response = await send(url, init);
          await delay();
          return response;
        }
        case 'error-500':
          return jsonResponse(500, { error: 'internal', message: 'injected by the fault model' });
        case 'rate-limited':
          return jsonResponse(
            429,
            { error: 'rate_limited', message: 'injected by the fault model' },
            { 'retry-after': String(INJECTED_RETRY_AFTER_S) },
          );
        case 'timeout':
          // Never reaches the hub; the hub client gives up when its timer aborts the call.
          return new Promise<Response>((_resolve, reject) => {
            const signal = init.signal;
            signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
          });
      }
    };

  const paged = (call: HubCall): HubCall =>
    call.op === 'pull' && (options.pullLimit ?? null) !== null
      ? { ...call, limit: Math.min(call.limit, options.pullLimit ?? call.limit) }
      : call;

  const network: FaultNetwork = {
    hubUrl: null,
    counts,
    hubErrors,
    transport(name, token) {
      return {
        call: async (call) => {
          const kind = pick(name, call.op);
          const baseUrl = network.hubUrl ?? 'http://127.0.0.1:9';
          calling += 1;
          if (!healed && calling > 1) {
            await delay(); // calls of clients running at once are late by chance: they reorder
          }
          const client = createHubClient({
            fetch: faultyFetch(kind),
            baseUrl,
            token,
            timeoutMs: kind === 'timeout' ? 5 : 20_000,
          });
          try {
            return await client.call(paged(call) as typeof call);
          } finally {
            calling -= 1;
          }
        },
        followPokes: () => () => undefined,
      };
    },
    force(name, op, kind) {
      forced.set(name, [...(forced.get(name) ?? []), { op, kind }]);
    },
    unforce(name) {
      const left = (forced.get(name) ?? []).length > 0;
      forced.delete(name);
      return left;
    },
    heal() {
      healed = true;
    },
    async settle() {
      while (wire.size > 0) {
        await Promise.allSettled([...wire]);
      }
    },
  };
  return network;
}
