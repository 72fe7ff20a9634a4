/** Who the reviewer is on the connected hub, as the screens decide what to offer by it. */
import { useShallow } from 'zustand/react/shallow';
import type { HubRole } from '../../../shared/sync/roles';
import { PUBLISHING_ROLES } from '../../../shared/sync/roles';
import { useSyncStore } from '../../stores/sync/sync-store';

export interface HubRoleView {
  /** A hub is connected. */
  connected: boolean;
  /** The role the hub gave this token; null when no hub is connected. */
  role: HubRole | null;
  /** The hub's id for this user; null when no hub is connected. */
  userId: string | null;
  /** A lead or an admin: publishes, revises and withdraws (SYNC.md §8). */
  mayPublish: boolean;
}

/** The reviewer's role on the connected hub (the hub's word, from the last connect). */
export function useHubRole(): HubRoleView {
  return useSyncStore(
    useShallow((state) => {
      const user = state.connection?.user;
      return {
        connected: user !== undefined,
        role: user?.role ?? null,
        userId: user?.id ?? null,
        mayPublish: user !== undefined && PUBLISHING_ROLES.includes(user.role),
      };
    }),
  );
}
