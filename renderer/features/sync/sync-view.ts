/**
 * Where sync stands, as the header and the sync panel say it (issue 11): the engine's phase
 * (renderer/sync/sync-types.ts) folded with the outbox counts into one of the states a
 * reviewer tells apart — synced, N waiting, syncing, offline (retrying), error, another window
 * syncing, not connected.
 */
import type { HubFailure } from '../../../shared/sync/hub-failure';
import type { SyncState } from '../../stores/sync/sync-store';

export type SyncView =
  | { kind: 'not-connected' }
  | { kind: 'standby' }
  | { kind: 'syncing'; pulled: { done: number; high: number } | undefined }
  | { kind: 'offline'; failure: HubFailure | undefined; retryAt: number | undefined }
  | { kind: 'error'; failure: HubFailure | undefined }
  | { kind: 'waiting'; count: number }
  | { kind: 'synced' };

export type SyncViewKind = SyncView['kind'];

/** The state to show for a connection (or none), the engine's status and the counts. */
export function syncViewOf(
  connected: boolean,
  status: SyncState['status'],
  counts: SyncState['counts'],
): SyncView {
  if (!connected) {
    return { kind: 'not-connected' };
  }
  switch (status.phase) {
    case 'disconnected':
      return { kind: 'not-connected' };
    case 'standby':
      return { kind: 'standby' };
    case 'syncing':
      return { kind: 'syncing', pulled: status.pulled };
    case 'offline':
      return { kind: 'offline', failure: status.failure, retryAt: status.retryAt };
    case 'error':
      return { kind: 'error', failure: status.failure };
    case 'synced':
      // Decisions made since the last pass: they go with the next one, in a moment.
      return counts.waiting > 0 ? { kind: 'waiting', count: counts.waiting } : { kind: 'synced' };
  }
}
