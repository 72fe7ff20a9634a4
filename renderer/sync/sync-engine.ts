/**
 * The sync engine (SYNC.md §6): runs sync passes (sync-pass.ts) when there is something to do,
 * and decides when to come back after a failure.
 * - One window syncs at a time: the engine holds the Web Lock `loupe-sync` while it runs; other
 *   windows wait for it (and take over when that window closes) and see the results through
 *   the database.
 * - A pass runs at start, on a local decision, on a poke from the hub, on the browser's `online`
 *   event, on "Sync now", and every `pollMs` as the fallback when pokes do not arrive.
 * - After a failure: exponential backoff with full jitter, 1 s to 5 min, `Retry-After` as a
 *   floor; reset by a success. A poke, `online` or "Sync now" does not wait for the backoff; a
 *   local decision does (it would only fail the same way).
 * - A refusal that retrying cannot fix (a revoked token, a role that may not) stops retries
 *   until something changes: the reviewer reconnects or asks again.
 */
import { retryDelay } from '../../shared/sync/backoff';
import { isTransient, type HubFailure } from '../../shared/sync/hub-failure';
import type { Poke } from '../../shared/sync/poke-stream';
import { markSynced, readHubState } from '../db/repositories/hub-state-repository';
import { runSyncPass } from './sync-pass';
import type { SyncDeps, SyncStatus } from './sync-types';

export const SYNC_LOCK = 'loupe-sync';
const DEFAULT_POLL_MS = 60_000;

/** Why a pass is asked for: the first three skip a backoff wait, a local change does not. */
export type WakeReason = 'start' | 'poke' | 'online' | 'manual' | 'local' | 'poll' | 'retry';

export interface SyncEngine {
  /** Waits for the sync lock, then syncs until `stop()`. Resolves once it holds the lock. */
  start(): Promise<void>;
  /** Stops: no new pass; the lock is released when the pass under way ends. */
  stop(): Promise<void>;
  wake(reason: WakeReason): void;
  /** The poke stream said the log grew. */
  poke(poke: Poke): void;
  status(): SyncStatus;
}

export function createSyncEngine(deps: SyncDeps): SyncEngine {
  const pollMs = deps.pollMs ?? DEFAULT_POLL_MS;
  let status: SyncStatus = { phase: 'standby' };
  let running = false;
  let stopped = false;
  let holding = false;
  let again = false;
  /** Whether a wake that asked for `again` may skip a backoff (see `wake`). */
  let againUrgent = false;
  let failures = 0;
  let waitTimer: unknown = null;
  let waitingForRetry = false;
  let blocked = false;
  let release: (() => void) | null = null;
  let unfollow: (() => void) | null = null;
  let passDone: Promise<void> = Promise.resolve();

  const setStatus = (next: SyncStatus) => {
    status = next;
    deps.onStatus?.(next);
  };

  const clearWait = () => {
    if (waitTimer !== null) {
      deps.timers.clear(waitTimer);
      waitTimer = null;
    }
    waitingForRetry = false;
  };

  const schedule = (ms: number, reason: WakeReason, retry: boolean) => {
    clearWait();
    waitingForRetry = retry;
    waitTimer = deps.timers.set(() => {
      waitTimer = null;
      waitingForRetry = false;
      wake(reason);
    }, ms);
  };

  const onFailure = (failure: HubFailure) => {
    if (failure.kind === 'not-connected') {
      setStatus({ phase: 'disconnected' });
      return;
    }
    if (!isTransient(failure)) {
      // Retrying the same request would be refused the same way: wait for the reviewer.
      blocked = true;
      setStatus({ phase: 'error', failure });
      schedule(pollMs * 5, 'retry', true);
      return;
    }
    failures += 1;
    const delay = retryDelay(failures, deps.random, failure.retryAfterMs);
    setStatus({ phase: 'offline', failure, retryAt: deps.now().getTime() + delay });
    schedule(delay, 'retry', true);
  };

  const pass = async () => {
    const state = await readHubState(deps.db);
    if (state.session === undefined) {
      clearWait();
      setStatus({ phase: 'disconnected' });
      return;
    }
    setStatus({ phase: 'syncing' });
    const outcome = await runSyncPass(deps, {
      stopped: () => stopped,
      onPulled: (done, high) => setStatus({ phase: 'syncing', pulled: { done, high } }),
    });
    if (stopped) {
      return;
    }
    if (!outcome.ok) {
      onFailure(outcome.failure);
      return;
    }
    failures = 0;
    blocked = false;
    await markSynced(deps.db, deps.now().toISOString());
    deps.publishChange({ hub: true });
    setStatus({ phase: 'synced' });
    schedule(pollMs, 'poll', false);
  };

  const runPasses = async () => {
    running = true;
    try {
      do {
        again = false;
        againUrgent = false;
        try {
          await pass();
        } catch (error) {
          // The local database failed (disk full, quota): nothing was half-written, since each
          // step is one transaction; say so and try again later.
          console.error('Sync failed', error);
          onFailure({ kind: 'unavailable', message: (error as Error).message || String(error) });
        }
        // A wake during a pass that failed waits for the retry like any other, unless it was
        // one that skips the backoff (a local decision would only fail the same way).
      } while (again && !stopped && (againUrgent || !(waitingForRetry || blocked)));
    } finally {
      running = false;
    }
  };

  function wake(reason: WakeReason) {
    if (stopped || !holding) {
      return;
    }
    const urgent =
      reason === 'start' || reason === 'poke' || reason === 'online' || reason === 'manual';
    if (reason === 'manual') {
      blocked = false;
    }
    if (!urgent && (waitingForRetry || blocked) && reason !== 'retry') {
      return; // a local decision during a backoff waits for the retry like everything else
    }
    if (reason === 'retry') {
      blocked = false;
    }
    clearWait();
    if (running) {
      again = true;
      againUrgent ||= urgent;
      return;
    }
    passDone = runPasses();
  }

  /**
   * A poke wakes a pass when the log holds something this machine has not pulled, and during a
   * backoff: the poke stream reconnected, so the hub answers again and what waits goes at once.
   */
  function onPoke(poke: Poke) {
    void readHubState(deps.db).then((state) => {
      const newer =
        state.identity?.hubId !== poke.hubId ||
        state.identity.epoch !== poke.epoch ||
        poke.high > state.cursor;
      if (newer || waitingForRetry) {
        wake('poke');
      }
    });
  }

  return {
    start() {
      stopped = false;
      return new Promise<void>((acquired) => {
        void deps.locks
          .request(SYNC_LOCK, () => {
            if (stopped) {
              acquired();
              return Promise.resolve();
            }
            holding = true;
            acquired();
            unfollow = deps.hub.followPokes(onPoke);
            wake('start');
            // Held until stop(): the lock is this window's turn to sync.
            return new Promise<void>((resolve) => {
              release = resolve;
            });
          })
          .catch((error: unknown) => console.error('The sync lock failed', error));
      });
    },

    async stop() {
      stopped = true;
      clearWait();
      unfollow?.();
      unfollow = null;
      await passDone;
      holding = false;
      release?.();
      release = null;
      setStatus({ phase: 'standby' });
    },

    wake,

    poke: onPoke,

    status: () => status,
  };
}
