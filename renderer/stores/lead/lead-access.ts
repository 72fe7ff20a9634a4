/**
 * Who sees the lead's screens (issue 14, SYNC.md §8): a lead or an admin of the connected hub,
 * and everyone when no hub is connected — a solo reviewer is their own lead (README). While the
 * stored connection has not been read yet nobody does, so a reviewer never glimpses a lead
 * action during start-up.
 */
import { PUBLISHING_ROLES } from '../../../shared/sync/roles';
import { useSyncStore, type SyncState } from '../sync/sync-store';

/** True when lead screens and actions may show, by the sync store's connection. */
export function hasLeadAccess(state: Pick<SyncState, 'connection' | 'known'>): boolean {
  if (!state.known) {
    return false;
  }
  return state.connection === null || PUBLISHING_ROLES.includes(state.connection.user.role);
}

/** Selector form of {@link hasLeadAccess}. */
export const selectLeadAccess = (state: SyncState): boolean => hasLeadAccess(state);

/** The lead's screens show for this user (a lead, an admin, or solo without a hub). */
export function useLeadAccess(): boolean {
  return useSyncStore(selectLeadAccess);
}
