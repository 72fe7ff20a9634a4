/** What this machine keeps about its hub (SYNC.md §4): identity, cursor, session, registration. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import {
  adoptHubIdentity,
  endHubSession,
  markDeviceRegistered,
  markSynced,
  readHubState,
  startHubSession,
} from '../../../renderer/db/repositories/hub-state-repository';
import { getMeta, setMeta } from '../../../renderer/db/repositories/meta-repository';
import type { HubUser } from '../../../shared/sync/hello';
import {
  AT,
  draftRow,
  dropTestDatabase,
  eventRow,
  openTestDatabase,
  projectRow,
  seedDrafts,
  seedOutbox,
} from './sync-fixture';

let db: LoupeDatabase;

beforeEach(async () => {
  db = await openTestDatabase('sync-hub-state');
});
afterEach(async () => {
  await dropTestDatabase(db);
});

const mei: HubUser = { id: 'u-7', name: 'Mei Lin', role: 'reviewer' };

describe('adoptHubIdentity', () => {
  beforeEach(async () => {
    expect(await adoptHubIdentity(db, { hubId: 'hub-1', epoch: 1 })).toBe(true);
    await markDeviceRegistered(db, { hubId: 'hub-1', epoch: 1 });
    await setMeta(db, 'hubCursor', 42);
  });

  it('keeps the cursor and the registration for the same hub and epoch', async () => {
    expect(await adoptHubIdentity(db, { hubId: 'hub-1', epoch: 1 })).toBe(false);
    expect(await readHubState(db)).toMatchObject({
      identity: { hubId: 'hub-1', epoch: 1 },
      cursor: 42,
      registration: { hubId: 'hub-1', epoch: 1 },
    });
  });

  it.each([
    ['another hub', { hubId: 'hub-2', epoch: 1 }],
    ['a restored hub (new epoch)', { hubId: 'hub-1', epoch: 2 }],
  ])('forgets the cursor and the registration for %s', async (_name, identity) => {
    expect(await adoptHubIdentity(db, identity)).toBe(true);
    const state = await readHubState(db);
    expect(state.identity).toEqual(identity);
    expect(state.cursor).toBe(0);
    expect(state.registration).toBeUndefined();
    expect(await adoptHubIdentity(db, identity)).toBe(false);
  });
});

describe('startHubSession', () => {
  it('takes the hub user’s id, keeps the chosen name, re-signs only events never sent', async () => {
    await setMeta(db, 'profile', { reviewerId: 'local-r', displayName: 'Mei' });
    await seedOutbox(db, [
      { event: eventRow('01A', 1, { reviewerId: 'local-r' }) },
      { event: eventRow('01B', 2, { reviewerId: 'local-r', seq: 1 }), row: { state: 'acked' } },
      // Pending again after a restore: the hub held it once, with the old id.
      { event: eventRow('01C', 3, { reviewerId: 'local-r', seq: 2 }) },
      { event: eventRow('01D', 4, { reviewerId: 'local-r', projectId: 'local' }) },
    ]);
    await startHubSession(db, 'https://hub.example', mei, AT);

    expect(await getMeta(db, 'profile')).toEqual({ reviewerId: 'u-7', displayName: 'Mei' });
    const signed = Object.fromEntries(
      (await db.events.toArray()).map((event) => [event.eventId, event.reviewerId]),
    );
    expect(signed).toEqual({ '01A': 'u-7', '01B': 'local-r', '01C': 'local-r', '01D': 'u-7' });
    expect((await readHubState(db)).session).toEqual({
      url: 'https://hub.example',
      user: mei,
      connectedAt: AT,
    });
  });

  it('names a new profile after the hub user, and leaves others’ events alone', async () => {
    await seedOutbox(db, [{ event: eventRow('01A', 1, { reviewerId: 'someone-else' }) }]);
    await startHubSession(db, 'https://hub.example', mei, AT);
    expect(await getMeta(db, 'profile')).toEqual({ reviewerId: 'u-7', displayName: 'Mei Lin' });
    expect((await db.events.get('01A'))?.reviewerId).toBe('someone-else');
  });
});

describe('endHubSession', () => {
  it('forgets the hub and keeps every project, draft and decision', async () => {
    await setMeta(db, 'profile', { reviewerId: 'local-r', displayName: 'Mei' });
    await db.projects.put(projectRow('p1'));
    await seedDrafts(db, [draftRow('p1', 'd1')]);
    await seedOutbox(db, [
      { event: eventRow('01A', 1), row: { state: 'acked', seq: 3 } },
      { event: eventRow('01B', 2) },
    ]);
    await startHubSession(db, 'https://hub.example', mei, AT);
    await adoptHubIdentity(db, { hubId: 'hub-1', epoch: 1 });
    await markDeviceRegistered(db, { hubId: 'hub-1', epoch: 1 });
    await setMeta(db, 'hubCursor', 3);
    await markSynced(db, AT);

    await endHubSession(db);

    expect(await readHubState(db)).toEqual({
      session: undefined,
      identity: undefined,
      cursor: 0,
      registration: undefined,
      syncedAt: undefined,
    });
    expect(await db.projects.get('p1')).toMatchObject({ hub: { hubId: 'hub-1' } });
    expect(await db.drafts.count()).toBe(1);
    expect(await db.queueEntries.count()).toBe(1);
    expect((await db.outbox.toArray()).map((row) => row.state)).toEqual(['acked', 'pending']);
    expect(await db.events.count()).toBe(2);
    expect(await getMeta(db, 'profile')).toEqual({ reviewerId: 'u-7', displayName: 'Mei' });
    expect(await getMeta(db, 'nextDeviceSeq')).toBe(3);
  });
});
