/** When the engine comes back after a failure (SYNC.md §6): backoff, Retry-After, what wakes it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import {
  readHubState,
  startHubSession,
} from '../../../renderer/db/repositories/hub-state-repository';
import { createSyncEngine, type SyncEngine } from '../../../renderer/sync/sync-engine';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import { AT, dropTestDatabase, openTestDatabase } from '../db/sync-fixture';
import { createFakeHub, fail, type FakeHub } from './fake-hub';
import { settle, syncDeps, type TestDeps } from './sync-deps';

let db: LoupeDatabase;
let hub: FakeHub;
let deps: TestDeps;
let engine: SyncEngine;

const offline: HubFailure = { kind: 'offline', message: 'no network' };

beforeEach(async () => {
  db = await openTestDatabase('sync-backoff');
  hub = createFakeHub();
  await startHubSession(db, 'https://hub.example', { id: 'r1', name: 'Mei', role: 'reviewer' }, AT);
});
afterEach(async () => {
  await engine.stop();
  await dropTestDatabase(db);
});

/** Starts an engine with `random` fixed and waits for its first pass to end. */
async function start(random: number, phase = 'offline') {
  deps = syncDeps(db, hub, { random: () => random });
  engine = createSyncEngine(deps);
  await engine.start();
  await vi.waitFor(() => expect(engine.status().phase).toBe(phase));
}

/** Fires the pending timer and waits for the pass it starts to set the next one. */
async function fireAndWait() {
  const before = deps.timers.delays.length;
  deps.timers.fire();
  await vi.waitFor(() => expect(deps.timers.delays.length).toBe(before + 1));
}

describe('backoff', () => {
  it('waits a full-jitter delay within [0, cap), the cap doubling from 1 s up to 5 min', async () => {
    hub.down = offline;
    await start(0.999);
    for (let failure = 2; failure <= 11; failure += 1) {
      await fireAndWait();
    }
    expect(deps.timers.delays).toEqual([
      999, 1_998, 3_996, 7_992, 15_984, 31_968, 63_936, 127_872, 255_744, 299_700, 299_700,
    ]);
  });

  it('may come back at once: the jitter reaches down to zero', async () => {
    hub.down = offline;
    await start(0);
    expect(deps.timers.delays).toEqual([0]);
  });

  it('never comes back before Retry-After, but does not wait only that long', async () => {
    hub.down = { kind: 'rate-limited', status: 429, message: 'slow down', retryAfterMs: 1_500 };
    await start(0.999);
    await fireAndWait();
    expect(deps.timers.delays).toEqual([1_500, 1_998]);
    expect(engine.status()).toMatchObject({ phase: 'offline', failure: hub.down });
  });

  it('a success resets the backoff', async () => {
    hub.down = offline;
    await start(0.999);
    await fireAndWait();
    hub.down = null;
    await fireAndWait();
    expect(engine.status().phase).toBe('synced');
    hub.down = offline;
    await fireAndWait();
    expect(deps.timers.delays).toEqual([999, 1_998, 60_000, 999]);
  });
});

describe('what wakes the engine during a backoff', () => {
  it('a local decision waits for the retry', async () => {
    hub.down = offline;
    await start(0.5);
    const calls = hub.calls.length;
    const [timer] = deps.timers.pending();
    engine.wake('local');
    engine.wake('poll');
    await settle();
    expect(hub.calls).toHaveLength(calls);
    expect(deps.timers.pending()).toEqual([timer]);
  });

  it.each(['poke', 'online', 'manual'] as const)('%s does not wait', async (reason) => {
    hub.down = offline;
    await start(0.5);
    const calls = hub.calls.length;
    const [timer] = deps.timers.pending();
    hub.down = null;
    engine.wake(reason);
    await vi.waitFor(() => expect(engine.status().phase).toBe('synced'));
    expect(hub.calls.length).toBeGreaterThan(calls);
    expect(deps.timers.pending()).not.toContainEqual(timer);
  });
});

describe('a poke during a backoff', () => {
  it('ends it even when it brings nothing new: the hub answers again', async () => {
    await start(0.5, 'synced');
    hub.down = offline;
    engine.wake('manual');
    await vi.waitFor(() => expect(engine.status().phase).toBe('offline'));
    const [timer] = deps.timers.pending();
    const { cursor } = await readHubState(db);
    hub.down = null;
    // The first poke of a reconnected stream: the log's high, which this machine has pulled.
    hub.pokeListener?.({ high: cursor, ...hub.identity });
    await vi.waitFor(() => expect(engine.status().phase).toBe('synced'));
    expect(deps.timers.pending()).not.toContainEqual(timer);
  });
});

describe('a wake that arrives while a pass is under way', () => {
  /** Starts an engine whose first call (hello) waits until the returned function answers it. */
  async function startHeld() {
    let answer!: (failure: HubFailure | null) => void;
    hub.once(
      'hello',
      () =>
        new Promise((resolve) => {
          answer = (failure) => {
            hub.down = failure;
            // The answer of a hub like this one, without recording a second call here.
            resolve(failure === null ? createFakeHub().call({ op: 'hello' }) : fail(failure));
          };
        }),
    );
    deps = syncDeps(db, hub, { random: () => 0.5 });
    engine = createSyncEngine(deps);
    await engine.start();
    await vi.waitFor(() => expect(hub.calls).toHaveLength(1));
    return (failure: HubFailure | null) => answer(failure);
  }

  it('a local decision during a pass that fails waits for the backoff too', async () => {
    const answer = await startHeld();
    engine.wake('local');
    answer(offline);
    await vi.waitFor(() => expect(engine.status().phase).toBe('offline'));
    await settle();
    expect(hub.calls).toHaveLength(1);
    expect(deps.timers.delays).toEqual([500]);
    expect(engine.status().phase).toBe('offline');
  });

  it('a local decision during a pass that succeeds gets a pass of its own', async () => {
    const answer = await startHeld();
    engine.wake('local');
    answer(null);
    await vi.waitFor(() => expect(hub.callsOf('pull')).toHaveLength(2));
    await vi.waitFor(() => expect(engine.status().phase).toBe('synced'));
  });

  it('"Sync now" during a pass that fails tries again at once', async () => {
    const answer = await startHeld();
    engine.wake('manual');
    answer(offline);
    await vi.waitFor(() => expect(deps.timers.delays).toHaveLength(2));
    expect(hub.callsOf('hello')).toHaveLength(2);
  });
});

describe('a refusal retrying cannot fix', () => {
  it('unauthorized: shows the error and does not retry fast, not even on a decision', async () => {
    hub.down = { kind: 'unauthorized', status: 401, message: 'token revoked' };
    await start(0.5, 'error');
    expect(engine.status()).toEqual({ phase: 'error', failure: hub.down });
    const calls = hub.calls.length;
    engine.wake('local');
    await settle();
    expect(hub.calls).toHaveLength(calls);
    expect(Math.min(...deps.timers.delays)).toBeGreaterThanOrEqual(5 * 60_000);

    hub.down = null;
    engine.wake('manual');
    await vi.waitFor(() => expect(engine.status().phase).toBe('synced'));
  });

  it('forbidden is an error too, and the slow retry does come back', async () => {
    hub.down = { kind: 'forbidden', status: 403, message: 'role' };
    await start(0.5, 'error');
    hub.down = null;
    deps.timers.fire();
    await vi.waitFor(() => expect(engine.status().phase).toBe('synced'));
  });
});
