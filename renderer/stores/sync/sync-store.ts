/**
 * Sync as the screens see it (issue 11): the connected hub and who the reviewer is on it, the
 * engine's status, how many decisions wait or were refused, and when sync last finished. It
 * owns the one sync engine of this window and feeds it: decisions (from the change feed, also
 * other windows'), the browser's `online` event, "Sync now". Connecting and disconnecting go
 * through the bridge (the token never comes back) and the hub-state repository.
 */
import { create } from 'zustand';
import type { HubUser } from '../../../shared/sync/hello';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import { onDataChange, publishChange } from '../../db/change-feed';
import { getDatabase } from '../../db/database-instance';
import {
  endHubSession,
  readHubState,
  startHubSession,
} from '../../db/repositories/hub-state-repository';
import { countOutbox, type OutboxCounts } from '../../db/repositories/outbox-repository';
import { projectsOnHub } from '../../db/repositories/projects-repository';
import { getBridge } from '../../platform/current-bridge';
import { createSyncEngine, type SyncEngine } from '../../sync/sync-engine';
import type { LockManagerLike, SyncStatus } from '../../sync/sync-types';
import { getProject } from '../../db/repositories/projects-repository';
import { useProfileStore } from '../profile/profile-store';
import { publishProject, withdrawDraftOnHub, type PublishOutcome } from './publish-to-hub';

export interface SyncConnection {
  url: string;
  user: HubUser;
}

export interface SyncState {
  /** Null when no hub is connected. */
  connection: SyncConnection | null;
  /**
   * False until the stored connection has been read once: until then `connection: null` means
   * "not known yet", not "no hub", and lead screens (shown to everyone without a hub) wait.
   */
  known: boolean;
  status: SyncStatus;
  counts: OutboxCounts;
  syncedAt: string | null;
  /** Starts following the stored connection (app start); safe to call again. */
  start: () => Promise<void>;
  /** Checks the address and token with the hub; stores them only if the hub accepts them. */
  connect: (
    url: string,
    token: string,
  ) => Promise<{ ok: true } | { ok: false; failure: HubFailure }>;
  /** Forgets the hub (address, token, cursor); keeps every decision and everything pulled. */
  disconnect: () => Promise<void>;
  syncNow: () => void;
  /** A publish under way: which project, and how many of its drafts the hub has answered for. */
  publishing: { projectId: string; done: number; total: number } | null;
  /** Publishes a local project and its drafts (a lead); then syncs, so its decisions go too. */
  publishProject: (projectId: string) => Promise<PublishOutcome>;
  /** Withdraws a draft on the hub (a lead): it leaves every queue, its decisions stay. */
  withdrawDraft: (
    projectId: string,
    draftId: string,
    reason?: string,
  ) => Promise<{ ok: true } | { ok: false; failure: HubFailure }>;
  /** Reads the counts and the last sync time again. */
  refresh: () => Promise<void>;
  reset: () => Promise<void>;
}

/** The least time between two readings of the outbox counts while changes keep coming. */
const REFRESH_MS = 500;

const initialState = {
  connection: null,
  known: false,
  status: { phase: 'disconnected' } as SyncStatus,
  counts: { waiting: 0, localOnly: 0, rejected: 0 },
  syncedAt: null,
  publishing: null,
} satisfies Partial<SyncState>;

/** Web Locks where the platform has them; one window's own lock where it does not (tests). */
function platformLocks(): LockManagerLike {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks !== undefined) {
    return {
      request: async (name, callback) => {
        await locks.request(name, callback);
      },
    };
  }
  let tail: Promise<void> = Promise.resolve();
  return {
    request(_name, callback) {
      const run = tail.then(callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

export const useSyncStore = create<SyncState>()((set, get) => {
  let engine: SyncEngine | null = null;
  let unsubscribe: (() => void) | null = null;

  const refresh = async () => {
    const db = getDatabase();
    const state = await readHubState(db);
    const counts = await countOutbox(db, await projectsOnHub(db, state.identity?.hubId));
    set({
      connection:
        state.session === undefined ? null : { url: state.session.url, user: state.session.user },
      known: true,
      counts,
      syncedAt: state.syncedAt ?? null,
    });
  };

  // During a sync every pushed batch changes the outbox; counting it costs a walk over the
  // waiting rows' index (about 65 ms at 10k here), so the counts are read at most every
  // REFRESH_MS, the last change always included.
  let refreshing = false;
  let refreshAgain = false;
  let lastRefreshAt = -Infinity;
  const refreshSoon = () => {
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    const wait = Math.max(0, lastRefreshAt + REFRESH_MS - Date.now());
    setTimeout(() => {
      refresh()
        .catch((error: unknown) => console.error('Could not read the sync state', error))
        .finally(() => {
          lastRefreshAt = Date.now();
          refreshing = false;
          if (refreshAgain) {
            refreshAgain = false;
            refreshSoon();
          }
        });
    }, wait);
  };

  const startEngine = () => {
    if (engine !== null) {
      return;
    }
    engine = createSyncEngine({
      db: getDatabase(),
      hub: getBridge().hub,
      now: () => new Date(),
      random: Math.random,
      locks: platformLocks(),
      timers: {
        set: (run, ms) => setTimeout(run, ms),
        clear: (timer) => clearTimeout(timer as number),
      },
      publishChange,
      onStatus: (status) => set({ status }),
    });
    set({ status: engine.status() });
    void engine.start();
  };

  const stopEngine = async () => {
    const running = engine;
    engine = null;
    await running?.stop();
  };

  const onOnline = () => engine?.wake('online');

  return {
    ...initialState,

    async start() {
      if (unsubscribe === null) {
        const offChange = onDataChange((change) => {
          if (change.decided === true) {
            engine?.wake('local');
          }
          if (change.outbox === true || change.hub === true || change.projects !== undefined) {
            refreshSoon();
          }
        });
        globalThis.addEventListener?.('online', onOnline);
        unsubscribe = () => {
          offChange();
          globalThis.removeEventListener?.('online', onOnline);
        };
      }
      try {
        await refresh();
      } catch (error) {
        // The local store is unavailable (closed by an upgrade in another window): the reload
        // banner says what to do; sync starts with the next page load.
        console.error('Could not read the sync state', error);
        return;
      }
      if (get().connection !== null) {
        startEngine();
      } else {
        set({ status: { phase: 'disconnected' } });
      }
    },

    async connect(url, token) {
      const answer = await getBridge().hub.connect(url, token);
      if (!answer.ok) {
        return answer;
      }
      await stopEngine();
      const db = getDatabase();
      await startHubSession(
        db,
        answer.connection.url ?? url,
        answer.hello.user,
        new Date().toISOString(),
      );
      // Decisions from now on carry the hub's user id (startHubSession changed the profile).
      await useProfileStore.getState().load();
      await refresh();
      publishChange({ hub: true });
      startEngine();
      return { ok: true };
    },

    async disconnect() {
      await stopEngine();
      await getBridge().hub.disconnect();
      await endHubSession(getDatabase());
      await refresh();
      set({ status: { phase: 'disconnected' } });
      publishChange({ hub: true });
    },

    syncNow: () => engine?.wake('manual'),

    async publishProject(projectId) {
      const db = getDatabase();
      const project = await getProject(db, projectId);
      if (project === undefined) {
        return {
          ok: false,
          failure: { kind: 'refused', code: 'missing', message: 'No such project.' },
          done: 0,
        };
      }
      set({ publishing: { projectId, done: 0, total: 0 } });
      try {
        const outcome = await publishProject(db, getBridge().hub, project, ({ done, total }) =>
          set({ publishing: { projectId, done, total } }),
        );
        publishChange({ projects: [projectId] });
        engine?.wake('manual');
        return outcome;
      } finally {
        set({ publishing: null });
      }
    },

    async withdrawDraft(projectId, draftId, reason) {
      const answer = await withdrawDraftOnHub(getBridge().hub, projectId, draftId, reason);
      if (!answer.ok) {
        return answer;
      }
      // The withdrawal reaches this machine's queue like everyone's: by the pull it pokes.
      engine?.wake('manual');
      return { ok: true };
    },

    refresh,

    async reset() {
      unsubscribe?.();
      unsubscribe = null;
      await stopEngine();
      set(initialState);
    },
  };
});
