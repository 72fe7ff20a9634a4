/**
 * Sync as the screens drive it: connecting to a hub, decisions going out on their own, counts,
 * disconnecting, and a lead's publish followed by a sync. The bridge's hub half is a fake hub.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { recordDecision } from '../../../../renderer/db/repositories/decisions-repository';
import {
  readHubState,
  startHubSession,
} from '../../../../renderer/db/repositories/hub-state-repository';
import { setMeta } from '../../../../renderer/db/repositories/meta-repository';
import { getBridge, setBridge } from '../../../../renderer/platform/current-bridge';
import type { HubBridge } from '../../../../renderer/platform/bridge';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import type { HubConnectResult } from '../../../../shared/ipc/contract';
import { decision } from '../../db/decision-fixture';
import {
  draftInput,
  draftPublished,
  draftRow,
  hubProject,
  projectPublished,
  projectRow,
  seedDrafts,
} from '../../db/sync-fixture';
import { createFakeHub, type FakeHub } from '../../sync/fake-hub';
import { resetAppEnvironment } from '../../support/app-env';

const URL = 'https://hub.example';
const sync = () => useSyncStore.getState();
let hub: FakeHub;
let nextConnect: HubConnectResult;
let connect: ReturnType<typeof vi.fn<HubBridge['connect']>>;
let disconnect: ReturnType<typeof vi.fn<HubBridge['disconnect']>>;

beforeEach(async () => {
  await resetAppEnvironment();
  await sync().reset();
  hub = createFakeHub({ user: { id: 'u-9', name: 'Mei Lin' } });
  hub.add((seq) => projectPublished(seq, hubProject('hp')));
  hub.add((seq) => draftPublished(seq, 'hp', draftInput('d1')));
  const hello = await createFakeHub({ user: { id: 'u-9', name: 'Mei Lin' } }).call({ op: 'hello' });
  if (!hello.ok) {
    throw new Error('the fake hub says hello');
  }
  nextConnect = { ok: true, hello: hello.value, connection: { url: URL, storage: 'encrypted' } };
  connect = vi.fn(() => Promise.resolve(nextConnect));
  disconnect = vi.fn(() => Promise.resolve());
  const bridge: HubBridge = {
    connect,
    disconnect,
    connection: () => Promise.resolve({ url: URL, storage: 'encrypted' }),
    call: (call) => hub.call(call),
    followPokes: (onPoke) => hub.followPokes(onPoke),
  };
  setBridge({ ...getBridge(), hub: bridge });
});
afterEach(async () => {
  await sync().reset();
});

/** The app started (it follows the change feed from then on) and the reviewer connected. */
async function connected() {
  await sync().start();
  expect(await sync().connect(URL, 'secret-token')).toEqual({ ok: true });
  await vi.waitFor(() => expect(sync().status.phase).toBe('synced'));
}

/** A decision by the connected reviewer, through the app's own decision path. */
const decide = (eventId: string, projectId: string, draftId: string) =>
  recordDecision(
    getDatabase(),
    decision(eventId, 'approve', draftId, { projectId, reviewerId: 'u-9' }),
  );

describe('connecting', () => {
  it('a refused token stores nothing and starts no sync', async () => {
    nextConnect = { ok: false, failure: { kind: 'unauthorized', status: 401, message: 'no' } };
    expect(await sync().connect(URL, 'bad')).toEqual(nextConnect);
    expect(sync().connection).toBeNull();
    expect((await readHubState(getDatabase())).session).toBeUndefined();
    expect(hub.calls).toEqual([]);
  });

  it('stores the session, decides as the hub user from then on, and pulls the team’s work', async () => {
    await setMeta(getDatabase(), 'profile', { reviewerId: 'local-1', displayName: 'Mei' });
    await useProfileStore.getState().load();
    await connected();
    expect(connect).toHaveBeenCalledWith(URL, 'secret-token');
    expect(sync().connection).toEqual({
      url: URL,
      user: { id: 'u-9', name: 'Mei Lin', role: 'lead' },
    });
    expect(useProfileStore.getState().profile).toEqual({ reviewerId: 'u-9', displayName: 'Mei' });
    expect(await getDatabase().queueEntries.get(['hp', 'd1'])).toBeDefined();
    await vi.waitFor(() => expect(sync().syncedAt).not.toBeNull());
  });

  it('starts syncing at app start when a session is stored, and not without one', async () => {
    await sync().start();
    expect(sync().status.phase).toBe('disconnected');
    expect(hub.calls).toEqual([]);
    await sync().reset();
    await startHubSession(getDatabase(), URL, { id: 'u-9', name: 'Mei', role: 'lead' }, 'x');
    await sync().start();
    await vi.waitFor(() => expect(sync().status.phase).toBe('synced'));
    expect(sync().connection?.url).toBe(URL);
  });
});

describe('while connected', () => {
  it('pushes a decision made here without waiting for the poll, and counts what waits', async () => {
    await connected();
    await getDatabase().projects.put(projectRow('lp', null));
    await seedDrafts(getDatabase(), [draftRow('lp', 'x')]);
    await decide('01L', 'lp', 'x');
    await decide('01A', 'hp', 'd1');
    await vi.waitFor(async () =>
      expect((await getDatabase().outbox.get('01A'))?.state).toBe('acked'),
    );
    await vi.waitFor(() =>
      expect(sync().counts).toEqual({ waiting: 0, localOnly: 1, rejected: 0 }),
    );
    expect(hub.held.has('01L')).toBe(false);
  });

  it('a lead’s publish is followed by a sync that sends the project’s held decisions', async () => {
    await connected();
    await getDatabase().projects.put(projectRow('lp', null));
    await seedDrafts(getDatabase(), [draftRow('lp', 'x')]);
    await decide('01L', 'lp', 'x');
    const outcome = await sync().publishProject('lp');
    expect(outcome).toMatchObject({ ok: true, published: 1 });
    expect(sync().publishing).toBeNull();
    await vi.waitFor(async () =>
      expect((await getDatabase().outbox.get('01L'))?.state).toBe('acked'),
    );
    expect(hub.held.has('01L')).toBe(true);
  });

  it('disconnecting forgets the hub and keeps everything pulled and decided', async () => {
    await connected();
    await decide('01A', 'hp', 'd1');
    await vi.waitFor(() => expect(hub.held.has('01A')).toBe(true));
    await sync().disconnect();
    expect(disconnect).toHaveBeenCalled();
    expect(sync().connection).toBeNull();
    expect(sync().status.phase).toBe('disconnected');
    expect(await readHubState(getDatabase())).toMatchObject({ session: undefined, cursor: 0 });
    expect(await getDatabase().queueEntries.get(['hp', 'd1'])).toBeDefined();
    expect(await getDatabase().events.get('01A')).toBeDefined();

    const calls = hub.calls.length;
    await decide('01B', 'hp', 'd1');
    sync().syncNow();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(hub.calls).toHaveLength(calls);
  });
});
