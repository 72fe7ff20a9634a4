/** The sync engine (SYNC.md §6): one window at a time, pokes, status as the header shows it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import {
  readHubState,
  startHubSession,
} from '../../../renderer/db/repositories/hub-state-repository';
import { createSyncEngine, SYNC_LOCK, type SyncEngine } from '../../../renderer/sync/sync-engine';
import {
  AT,
  draftInput,
  draftPublished,
  dropTestDatabase,
  hubProject,
  openTestDatabase,
  projectPublished,
} from '../db/sync-fixture';
import { createFakeHub, type FakeHub } from './fake-hub';
import { fakeLocks, NOW, settle, syncDeps, type TestDeps } from './sync-deps';

let db: LoupeDatabase;
let hub: FakeHub;
let deps: TestDeps;
const engines: SyncEngine[] = [];

const engineOf = (with_: TestDeps = deps) => {
  const engine = createSyncEngine(with_);
  engines.push(engine);
  return engine;
};
const phaseOf = (engine: SyncEngine) => engine.status().phase;

beforeEach(async () => {
  db = await openTestDatabase('sync-engine');
  hub = createFakeHub();
  deps = syncDeps(db, hub);
  await startHubSession(db, 'https://hub.example', { id: 'r1', name: 'Mei', role: 'reviewer' }, AT);
  hub.add((seq) => projectPublished(seq, hubProject('hp')));
  hub.add((seq) => draftPublished(seq, 'hp', draftInput('d1')));
});
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.stop()));
  await dropTestDatabase(db);
});

describe('the sync lock', () => {
  it('start waits for the lock, syncs once it holds it, and holds it until stop', async () => {
    const locks = fakeLocks();
    let otherWindowDone!: () => void;
    void locks.request(SYNC_LOCK, () => new Promise<void>((done) => (otherWindowDone = done)));
    const engine = engineOf({ ...deps, locks });
    let started = false;
    const starting = engine.start().then(() => {
      started = true;
    });
    await settle();
    expect(started).toBe(false);
    expect(hub.calls).toEqual([]);

    otherWindowDone();
    await starting;
    await vi.waitFor(() => expect(phaseOf(engine)).toBe('synced'));
    expect(hub.ops()).toEqual(['hello', 'register-device', 'pull']);
    expect(await db.queueEntries.get(['hp', 'd1'])).toBeDefined();

    let nextHolder = false;
    void locks.request(SYNC_LOCK, () => {
      nextHolder = true;
      return Promise.resolve();
    });
    await settle();
    expect(nextHolder).toBe(false);
    await engine.stop();
    await settle();
    expect(nextHolder).toBe(true);
    expect(phaseOf(engine)).toBe('standby');
    expect(hub.pokeListener).toBeNull();
  });

  it('of two windows only one syncs; the other takes over when the first stops', async () => {
    const locks = fakeLocks();
    const second = createFakeHub();
    second.log = hub.log;
    const a = engineOf({ ...deps, locks });
    const b = engineOf({ ...syncDeps(db, second), locks });
    await a.start();
    void b.start();
    await vi.waitFor(() => expect(phaseOf(a)).toBe('synced'));
    b.wake('manual');
    a.wake('manual');
    await vi.waitFor(() => expect(hub.callsOf('pull')).toHaveLength(2));
    await settle();
    expect(second.calls).toEqual([]);
    expect(second.pokeListener).toBeNull();
    expect(phaseOf(b)).toBe('standby');

    await a.stop();
    await vi.waitFor(() => expect(phaseOf(b)).toBe('synced'));
    expect(second.ops()).toEqual(['pull']);
    expect(second.pokeListener).not.toBeNull();
  });
});

describe('pokes', () => {
  it('a poke at or below the cursor does not wake the engine; a newer one pulls', async () => {
    const engine = engineOf();
    await engine.start();
    await vi.waitFor(() => expect(phaseOf(engine)).toBe('synced'));
    const { cursor } = await readHubState(db);
    expect(cursor).toBe(2);
    hub.calls.length = 0;

    hub.pokeListener?.({ high: cursor, ...hub.identity });
    engine.poke({ high: cursor - 1, ...hub.identity });
    await settle();
    expect(hub.calls).toEqual([]);

    // Stale pokes among a newer one: one pass, one pull.
    hub.add((seq) => draftPublished(seq, 'hp', draftInput('d2')));
    hub.pokeListener?.({ high: cursor, ...hub.identity });
    hub.pokeListener?.({ high: 3, ...hub.identity });
    engine.poke({ high: cursor, ...hub.identity });
    await vi.waitFor(async () => expect((await readHubState(db)).cursor).toBe(3));
    await vi.waitFor(() => expect(phaseOf(engine)).toBe('synced'));
    await settle();
    expect(hub.ops()).toEqual(['pull']);
  });

  it('a poke from another epoch wakes the engine even below the cursor', async () => {
    const engine = engineOf();
    await engine.start();
    await vi.waitFor(() => expect(phaseOf(engine)).toBe('synced'));
    hub.calls.length = 0;
    hub.identity = { hubId: 'hub-1', epoch: 2 };
    hub.pokeListener?.({ high: 1, ...hub.identity });
    await vi.waitFor(() => expect(hub.ops()).toContain('pull'));
    await vi.waitFor(async () =>
      expect((await readHubState(db)).identity).toEqual({ hubId: 'hub-1', epoch: 2 }),
    );
  });
});

describe('status', () => {
  it('reports syncing with pull progress, then synced, and polls', async () => {
    const engine = engineOf();
    await engine.start();
    await vi.waitFor(() => expect(phaseOf(engine)).toBe('synced'));
    expect(deps.statuses[0]).toEqual({ phase: 'syncing' });
    expect(deps.statuses).toContainEqual({ phase: 'syncing', pulled: { done: 2, high: 2 } });
    expect(deps.statuses.at(-1)).toEqual({ phase: 'synced' });
    expect((await readHubState(db)).syncedAt).toBe(NOW.toISOString());
    expect(deps.timers.pending()).toEqual([{ id: expect.any(Number) as number, ms: 60_000 }]);
  });

  it('reports offline with the time of the next attempt', async () => {
    hub.down = { kind: 'offline', message: 'no network' };
    const engine = engineOf({ ...deps, random: () => 0.5 });
    await engine.start();
    await vi.waitFor(() => expect(phaseOf(engine)).toBe('offline'));
    expect(deps.statuses.map((status) => status.phase)).toEqual(['syncing', 'offline']);
    expect(engine.status()).toEqual({
      phase: 'offline',
      failure: hub.down,
      retryAt: NOW.getTime() + 500,
    });
  });

  it('is disconnected, and does not retry, when no hub is connected', async () => {
    hub.down = { kind: 'not-connected', message: 'no hub' };
    const engine = engineOf();
    await engine.start();
    await vi.waitFor(() => expect(phaseOf(engine)).toBe('disconnected'));
    expect(deps.timers.pending()).toEqual([]);
  });

  it('is disconnected without calling the hub when this machine has no session', async () => {
    await db.meta.delete('hubSession');
    const engine = engineOf();
    await engine.start();
    await vi.waitFor(() => expect(phaseOf(engine)).toBe('disconnected'));
    expect(hub.calls).toEqual([]);
    expect(deps.timers.pending()).toEqual([]);
  });
});
