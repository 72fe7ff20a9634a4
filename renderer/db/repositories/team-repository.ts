/**
 * The hub's users as a lead last fetched them (`meta` key `team`), so the lead's screens name
 * teammates offline and after a disconnect. A newer list wins for the ids it names; ids it
 * does not name keep their stored names (a user is never deleted from a hub, only revoked, so
 * that happens only after switching hubs — and the old hub's decisions stay on this machine).
 */
import type { TeamMember } from '../../../shared/sync/team';
import type { LoupeDatabase } from '../loupe-database';
import type { TeamSnapshot } from '../rows';
import { getMeta, setMeta } from './meta-repository';

/** The stored list, or undefined when no list was ever fetched here. */
export function readTeam(db: LoupeDatabase): Promise<TeamSnapshot | undefined> {
  return getMeta(db, 'team');
}

/** Stores a freshly fetched list over the stored one; returns what is stored now. */
export function saveTeam(
  db: LoupeDatabase,
  fetched: { hubUrl: string; fetchedAt: string; users: readonly TeamMember[] },
): Promise<TeamSnapshot> {
  return db.transaction('rw', db.meta, async () => {
    const fresh = new Set(fetched.users.map((user) => user.id));
    const kept = ((await getMeta(db, 'team'))?.users ?? []).filter((user) => !fresh.has(user.id));
    const snapshot: TeamSnapshot = {
      hubUrl: fetched.hubUrl,
      fetchedAt: fetched.fetchedAt,
      users: [...fetched.users, ...kept],
    };
    await setMeta(db, 'team', snapshot);
    return snapshot;
  });
}
