/**
 * What this machine keeps about its hub (SYNC.md §3, §4): who the hub is (id and epoch), how
 * far the log has been pulled, whether this device is registered there, who the reviewer is on
 * it, and when the last sync finished. The token is not here: main (or the browser bridge)
 * keeps it.
 */
import type { HubUser } from '../../../shared/sync/hello';
import type { LoupeDatabase } from '../loupe-database';
import type { HubSession, MetaValues } from '../rows';
import { getMeta, setMeta } from './meta-repository';

export interface HubState {
  session: HubSession | undefined;
  identity: MetaValues['hubIdentity'] | undefined;
  cursor: number;
  registration: MetaValues['deviceRegistration'] | undefined;
  syncedAt: string | undefined;
}

export async function readHubState(db: LoupeDatabase): Promise<HubState> {
  return db.transaction('r', db.meta, async () => ({
    session: await getMeta(db, 'hubSession'),
    identity: await getMeta(db, 'hubIdentity'),
    cursor: (await getMeta(db, 'hubCursor')) ?? 0,
    registration: await getMeta(db, 'deviceRegistration'),
    syncedAt: await getMeta(db, 'syncedAt'),
  }));
}

/**
 * Takes the hub's identity as the one the cursor belongs to. Another `hubId` or `epoch` than
 * the stored one (the hub was replaced, or restored from a backup) forgets the cursor, so the
 * next pull starts from zero — harmless, every record is applied by id — and the device is
 * registered again. The pulled log (`hubLog`, by `seq`) goes with the cursor: a restored hub
 * gives the `seq`s after its backup to other records, and may never reach the old ones again.
 * Returns true when that happened.
 */
export async function adoptHubIdentity(
  db: LoupeDatabase,
  identity: { hubId: string; epoch: number },
): Promise<boolean> {
  return db.transaction('rw', db.meta, db.hubLog, async () => {
    const stored = await getMeta(db, 'hubIdentity');
    if (stored?.hubId === identity.hubId && stored.epoch === identity.epoch) {
      return false;
    }
    await setMeta(db, 'hubIdentity', { hubId: identity.hubId, epoch: identity.epoch });
    await setMeta(db, 'hubCursor', 0);
    await db.hubLog.clear();
    await db.meta.delete('deviceRegistration');
    return true;
  });
}

export async function markDeviceRegistered(
  db: LoupeDatabase,
  identity: { hubId: string; epoch: number },
): Promise<void> {
  await setMeta(db, 'deviceRegistration', { hubId: identity.hubId, epoch: identity.epoch });
}

export async function markSynced(db: LoupeDatabase, at: string): Promise<void> {
  await setMeta(db, 'syncedAt', at);
}

/**
 * Starts a session with a hub as `user`. From now on this machine decides as that user (the hub
 * takes the reviewer from the token and refuses an event naming anyone else, SYNC.md §2), so
 * the profile takes the hub's user id, and decisions made here before that which never left the
 * machine are re-signed as the user: they are the same person's work, and nobody else has seen
 * them. The display name the reviewer chose stays.
 */
export async function startHubSession(
  db: LoupeDatabase,
  url: string,
  user: HubUser,
  now: string,
): Promise<void> {
  await db.transaction('rw', db.meta, db.outbox, db.events, async () => {
    const profile = await getMeta(db, 'profile');
    const previousId = profile?.reviewerId;
    await setMeta(db, 'profile', {
      reviewerId: user.id,
      displayName: profile?.displayName ?? user.name,
    });
    if (previousId !== undefined && previousId !== user.id) {
      const unsent = await db.outbox
        .where('[state+deviceSeq]')
        .between(['pending', 0], ['pending', Infinity])
        .toArray();
      const events = await db.events.bulkGet(unsent.map((row) => row.eventId));
      for (const event of events) {
        if (event !== undefined && event.reviewerId === previousId && event.seq === undefined) {
          await db.events.update(event.eventId, { reviewerId: user.id });
        }
      }
    }
    await setMeta(db, 'hubSession', { url, user, connectedAt: now });
  });
}

/**
 * Ends the session: the hub's address and identity, the cursor and the registration are
 * forgotten. Everything pulled stays (projects, drafts, the team's decisions), and so does every
 * decision made here, sent or not: a later connection picks up where this one left off.
 */
export async function endHubSession(db: LoupeDatabase): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.bulkDelete([
      'hubSession',
      'hubIdentity',
      'hubCursor',
      'deviceRegistration',
      'syncedAt',
    ]);
  });
}
