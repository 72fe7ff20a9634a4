/**
 * Who the teammates are, for a lead's screens (issue 14): decisions carry hub user ids, and only
 * a lead or an admin may ask the hub for its users (`GET /v1/team`). While such a user has a hub
 * connected, the list is fetched once per connection and again after a sync that finished,
 * at most every TEAM_REFRESH_MS, and kept in the local store (`meta` 'team') so names show
 * offline too. `nameOf(userId)` answers a name, or null when the list does not know the id.
 */
import { create } from 'zustand';
import type { TeamMember } from '../../../shared/sync/team';
import { getDatabase } from '../../db/database-instance';
import { readTeam, saveTeam } from '../../db/repositories/team-repository';
import { getBridge } from '../../platform/current-bridge';
import { useProfileStore } from '../profile/profile-store';
import { useSyncStore, type SyncState } from '../sync/sync-store';
import { hasLeadAccess } from './lead-access';

/** The least time between two fetches after syncs: names change rarely, syncs often. */
export const TEAM_REFRESH_MS = 5 * 60_000;

export interface TeamState {
  /** Every known teammate by hub user id (revoked ones too: their decisions stay). */
  members: ReadonlyMap<string, TeamMember>;
  /** When the known list was fetched; null before any list was. */
  fetchedAt: string | null;
  /** The name of a hub user id, or null when it is not known. Changes with the list. */
  nameOf: (userId: string) => string | null;
  /** Reads the stored list and follows the sync store from then on; safe to call again. */
  start: () => Promise<void>;
  /** Asks the hub now, when a lead or an admin is connected; true when a list arrived. */
  fetch: () => Promise<boolean>;
  reset: () => void;
}

/** This machine's reviewer, named by their own profile (solo, or before the list is fetched). */
const myName = (userId: string): string | null => {
  const profile = useProfileStore.getState().profile;
  return profile !== null && profile.reviewerId === userId ? profile.displayName : null;
};

const nameFrom =
  (members: ReadonlyMap<string, TeamMember>) =>
  (userId: string): string | null =>
    members.get(userId)?.name ?? myName(userId);

/** Every name `nameOf` knows, by user id (this machine's reviewer included), for files. */
export function knownNames(state: Pick<TeamState, 'members'>): Record<string, string> {
  const names: Record<string, string> = {};
  const profile = useProfileStore.getState().profile;
  if (profile !== null) {
    names[profile.reviewerId] = profile.displayName;
  }
  for (const member of state.members.values()) {
    names[member.id] = member.name;
  }
  return names;
}

const emptyMembers: ReadonlyMap<string, TeamMember> = new Map();
const initialState = {
  members: emptyMembers,
  fetchedAt: null,
  nameOf: nameFrom(emptyMembers),
} satisfies Partial<TeamState>;

/** The connection a lead's list may be fetched for: a connected lead or admin, or none. */
function leadConnection(state: Pick<SyncState, 'connection' | 'known'>): string | null {
  if (state.connection === null || !hasLeadAccess(state)) {
    return null;
  }
  return `${state.connection.url}\u0000${state.connection.user.id}`;
}

export const useTeamStore = create<TeamState>()((set, get) => {
  let unsubscribe: (() => void) | null = null;
  /** The connection the list was last fetched for in this window (once per session). */
  let fetchedFor: string | null = null;
  let lastFetchAt = -Infinity;
  let inFlight: Promise<boolean> | null = null;

  const show = (users: readonly TeamMember[], fetchedAt: string) => {
    const members = new Map(users.map((user) => [user.id, user]));
    set({ members, fetchedAt, nameOf: nameFrom(members) });
  };

  const ask = async (): Promise<boolean> => {
    const connection = useSyncStore.getState().connection;
    if (connection === null || !hasLeadAccess(useSyncStore.getState())) {
      return false;
    }
    lastFetchAt = Date.now();
    const answer = await getBridge().hub.call({ op: 'team' });
    if (!answer.ok) {
      // Offline, or the role changed on the hub: the stored names keep serving.
      console.warn('Could not fetch the team from the hub', answer.failure.kind);
      return false;
    }
    const stored = await saveTeam(getDatabase(), {
      hubUrl: connection.url,
      fetchedAt: new Date().toISOString(),
      users: answer.value.users,
    });
    show(stored.users, stored.fetchedAt);
    return true;
  };

  const fetchTeam = (): Promise<boolean> => {
    // One question at a time: a sync finishing during a fetch need not ask again.
    inFlight ??= ask()
      .catch((error: unknown) => {
        console.error('Could not fetch the team', error);
        return false;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  const follow = (state: SyncState, previous: SyncState) => {
    const key = leadConnection(state);
    if (key === null) {
      return;
    }
    if (key !== fetchedFor) {
      fetchedFor = key;
      void fetchTeam();
      return;
    }
    const synced = state.status.phase === 'synced' && previous.status.phase !== 'synced';
    if (synced && Date.now() - lastFetchAt >= TEAM_REFRESH_MS) {
      void fetchTeam();
    }
  };

  return {
    ...initialState,

    async start() {
      if (unsubscribe !== null) {
        return;
      }
      const unfollowSync = useSyncStore.subscribe(follow);
      // A new name in this machine's profile: `nameOf` changes with it, so screens draw it.
      const unfollowProfile = useProfileStore.subscribe((now, before) => {
        if (now.profile?.displayName !== before.profile?.displayName) {
          set({ nameOf: nameFrom(get().members) });
        }
      });
      unsubscribe = () => {
        unfollowSync();
        unfollowProfile();
      };
      try {
        const stored = await readTeam(getDatabase());
        if (stored !== undefined && get().fetchedAt === null) {
          show(stored.users, stored.fetchedAt);
        }
      } catch (error) {
        // The local store is unavailable (the reload banner says so): ids show instead.
        console.error('Could not read the stored team', error);
      }
      // The sync store may have read its connection before this store followed it.
      const now = useSyncStore.getState();
      follow(now, now);
    },

    fetch: fetchTeam,

    reset() {
      unsubscribe?.();
      unsubscribe = null;
      fetchedFor = null;
      lastFetchAt = -Infinity;
      set(initialState);
    },
  };
});

/** Selector: the name function, which changes whenever the known list does. */
export const selectNameOf = (state: TeamState): TeamState['nameOf'] => state.nameOf;
