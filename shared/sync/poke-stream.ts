/**
 * Following the hub's poke stream (`GET /v1/sync/events`, SYNC.md §6): each poke says the log
 * grew, so the app pulls at once instead of at its slow poll. The stream reconnects by itself
 * with backoff (full jitter, 1 s up to 1 min; a stream that stayed open resets it), and stops for
 * good only when the token is refused or `close()` is called. Effects are passed in, so main
 * (Node's fetch), the browser build and the tests run the same code.
 */
import { z } from '../validation/zod';
import { retryDelay, type BackoffPolicy } from './backoff';
import type { FetchLike } from './hub-client';
import { failureKindOf, parseRetryAfter, type HubFailure } from './hub-failure';
import { createEventStreamParser } from './server-sent-events';

export const pokeSchema = z.object({
  high: z.number().int().nonnegative(),
  hubId: z.string().min(1).max(200),
  epoch: z.number().int().positive(),
});
export type Poke = z.infer<typeof pokeSchema>;

export type PokeStreamState =
  | { state: 'connecting' }
  | { state: 'open' }
  | { state: 'waiting'; retryInMs: number; failure: HubFailure }
  | { state: 'stopped'; failure?: HubFailure };

export interface PokeStreamOptions {
  fetch: FetchLike;
  baseUrl: string;
  token: string;
  onPoke: (poke: Poke) => void;
  onState?: (state: PokeStreamState) => void;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  now?: () => number;
}

export interface PokeStream {
  close(): void;
}

const POKE_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000 };
/** A stream that stayed open this long counts as a success: the next drop starts over at 1 s. */
const HEALTHY_MS = 30_000;

export function followPokes(options: PokeStreamOptions): PokeStream {
  const random = options.random ?? Math.random;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as number));
  const now = options.now ?? Date.now;
  let closed = false;
  let failures = 0;
  let timer: unknown = null;
  let controller: AbortController | null = null;

  const report = (state: PokeStreamState) => {
    if (!closed || state.state === 'stopped') {
      options.onState?.(state);
    }
  };

  const retry = (failure: HubFailure) => {
    if (closed) {
      return;
    }
    if (failure.kind === 'unauthorized' || failure.kind === 'forbidden') {
      closed = true;
      report({ state: 'stopped', failure });
      return;
    }
    failures += 1;
    const retryInMs = retryDelay(failures, random, failure.retryAfterMs, POKE_BACKOFF);
    report({ state: 'waiting', retryInMs, failure });
    timer = setTimer(() => {
      timer = null;
      void connect();
    }, retryInMs);
  };

  const connect = async () => {
    if (closed) {
      return;
    }
    report({ state: 'connecting' });
    controller = new AbortController();
    const openedAt = now();
    try {
      const response = await options.fetch(`${options.baseUrl}/v1/sync/events`, {
        method: 'GET',
        headers: { authorization: `Bearer ${options.token}`, accept: 'text/event-stream' },
        signal: controller.signal,
        redirect: 'error',
      });
      if (!response.ok || response.body === null) {
        await response.body?.cancel().catch(() => undefined);
        retry({
          kind: failureKindOf(response.status),
          status: response.status,
          message: `The poke stream was refused (HTTP ${response.status}).`,
          ...(() => {
            const ms = parseRetryAfter(response.headers.get('retry-after'), now());
            return ms === undefined ? {} : { retryAfterMs: ms };
          })(),
        });
        return;
      }
      report({ state: 'open' });
      const parse = createEventStreamParser();
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) {
          break;
        }
        const bytes = chunk.value as Uint8Array;
        if (now() - openedAt >= HEALTHY_MS) {
          failures = 0;
        }
        for (const event of parse(decoder.decode(bytes, { stream: true }))) {
          if (event.event !== 'poke') {
            continue;
          }
          try {
            const poke = pokeSchema.safeParse(JSON.parse(event.data));
            if (poke.success && !closed) {
              failures = 0;
              options.onPoke(poke.data);
            }
          } catch {
            // Not JSON: not a poke this app understands; the next one will be.
          }
        }
      }
      retry({ kind: 'offline', message: 'The hub ended the poke stream.' });
    } catch (error) {
      if (!closed) {
        retry({ kind: 'offline', message: (error as Error).message || 'The poke stream broke.' });
      }
    }
  };

  void connect();
  return {
    close() {
      if (closed) {
        return;
      }
      closed = true;
      if (timer !== null) {
        clearTimer(timer);
      }
      controller?.abort();
      report({ state: 'stopped' });
    },
  };
}
