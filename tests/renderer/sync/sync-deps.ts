/**
 * The effects a sync engine is given (sync-types.ts), as fakes a test drives by hand: timers it
 * fires itself, a Web Lock that queues like the real one, a fixed clock and randomness.
 */
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import type { DataChange } from '../../../renderer/db/change-feed';
import type { LockManagerLike, SyncDeps, SyncStatus } from '../../../renderer/sync/sync-types';
import type { FakeHub } from './fake-hub';

export const NOW = new Date('2026-12-07T12:00:00.000Z');

export interface FakeTimers {
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
  /** Every delay asked for, in order. */
  delays: number[];
  /** Timers set and neither fired nor cleared. */
  pending(): { id: number; ms: number }[];
  /** Runs the one pending timer (there must be exactly one). */
  fire(): void;
}

export function fakeTimers(): FakeTimers {
  let next = 0;
  const waiting = new Map<number, { run: () => void; ms: number }>();
  const timers: FakeTimers = {
    delays: [],
    set(run, ms) {
      next += 1;
      waiting.set(next, { run, ms });
      timers.delays.push(ms);
      return next;
    },
    clear(timer) {
      waiting.delete(timer as number);
    },
    pending: () => [...waiting].map(([id, { ms }]) => ({ id, ms })),
    fire() {
      const all = [...waiting];
      const only = all[0];
      if (all.length !== 1 || only === undefined) {
        throw new Error(`expected one pending timer, found ${all.length}`);
      }
      const [id, { run }] = only;
      waiting.delete(id);
      run();
    },
  };
  return timers;
}

export interface FakeLocks extends LockManagerLike {
  /** Whether some callback holds the lock now. */
  held(): boolean;
}

/** One exclusive lock per name, granted in request order, held while the callback runs. */
export function fakeLocks(): FakeLocks {
  const tails = new Map<string, Promise<void>>();
  let holders = 0;
  return {
    held: () => holders > 0,
    request(name, callback) {
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        holders += 1;
        try {
          await callback();
        } finally {
          holders -= 1;
        }
      });
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

export interface TestDeps extends SyncDeps {
  changes: DataChange[];
  statuses: SyncStatus[];
  timers: FakeTimers;
}

export function syncDeps(
  db: LoupeDatabase,
  hub: FakeHub,
  extra: Partial<Omit<SyncDeps, 'timers'>> & { timers?: FakeTimers } = {},
): TestDeps {
  const changes: DataChange[] = [];
  const statuses: SyncStatus[] = [];
  return {
    db,
    hub,
    now: () => NOW,
    random: () => 0.5,
    locks: fakeLocks(),
    publishChange: (change) => changes.push(change),
    onStatus: (status) => statuses.push(status),
    ...extra,
    timers: extra.timers ?? fakeTimers(),
    changes,
    statuses,
  };
}

/** Lets pending promise callbacks and IndexedDB requests run (fake-indexeddb uses timers). */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
