/**
 * What the sync engine needs from outside and what it tells (issue 11): every effect is passed
 * in — the hub (the bridge), the clock, randomness, timers, the Web Locks API — so the
 * fault-model tests drive the real engine with a faulty transport and no module mocks.
 */
import type { HubBridge } from '../platform/bridge';
import type { HubFailure } from '../../shared/sync/hub-failure';
import type { LoupeDatabase } from '../db/loupe-database';
import type { DataChange } from '../db/change-feed';

/** The part of the bridge sync uses. */
export type HubTransport = Pick<HubBridge, 'call' | 'followPokes'>;

/** The part of `navigator.locks` sync uses: one window syncs at a time (SYNC.md §6). */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<void>;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

export interface SyncDeps {
  db: LoupeDatabase;
  hub: HubTransport;
  now: () => Date;
  /** A number in [0, 1) (the backoff's jitter). */
  random: () => number;
  locks: LockManagerLike;
  timers: Timers;
  /** Where committed changes are announced (the change feed; tests may collect them). */
  publishChange: (change: DataChange) => void;
  /** Told whenever the engine's status changes. */
  onStatus?: (status: SyncStatus) => void;
  /** Shown to the hub's admin with this device ("Mei's laptop"). */
  deviceLabel?: string;
  /** The slow poll when no poke comes (default 60 s). */
  pollMs?: number;
  /**
   * Called at the points where a crash matters most (SYNC.md §9): an answer has arrived and
   * nothing of it is stored yet. The fault-model tests throw here to crash the client; the app
   * passes nothing.
   */
  checkpoint?: (point: SyncCheckpoint) => void;
}

/** `push-answered`: the hub committed and answered, the outbox is not marked yet; `pull-answered`: a page arrived and is not applied yet. */
export type SyncCheckpoint = 'push-answered' | 'pull-answered';

/**
 * Where sync stands, as the header says it:
 * - `disconnected`: no hub is connected;
 * - `standby`: another window of the app is syncing (this one sees the results);
 * - `syncing`: a push or pull is under way;
 * - `synced`: the last sync finished with nothing left to send;
 * - `offline`: the hub cannot be reached; retrying at `retryAt`;
 * - `error`: the hub refused (a revoked token, a role, a bad answer); `failure` says why.
 */
export type SyncPhase = 'disconnected' | 'standby' | 'syncing' | 'synced' | 'offline' | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  failure?: HubFailure;
  /** When the next attempt is due (epoch ms), while waiting after a failure. */
  retryAt?: number;
  /** While pulling: records applied in this sync and the hub's `high`. */
  pulled?: { done: number; high: number };
}
