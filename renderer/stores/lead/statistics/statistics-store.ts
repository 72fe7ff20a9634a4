/**
 * The statistics screen's state: the filter form, the newest result from the worker and the
 * values the filters offer. Every form change asks the worker for a new run (the worker drops
 * the runs it replaced, and the client drops their answers). A change in the local data (a
 * decision, a pull) marks the next run to read the store again.
 *
 * A fresh worker's first run is its slowest (~1 s for 100k decisions: the store read, and code
 * not yet optimised by the engine; warm runs take ~0.3 s). So the worker is started ahead of
 * need — `prepare` runs the statistics in the background when a lead shows the intent (the inbox
 * opened, the Statistics button pointed at or focused) — and outlives the screen for
 * {@link KEEP_WORKER_MS}: coming back shows the kept result at once, recomputed only if the data
 * changed meanwhile.
 */
import { create } from 'zustand';
import type { DisagreementFilters } from '../../../../shared/stats/disagreements';
import { onDataChange } from '../../../db/change-feed';
import { getDatabase } from '../../../db/database-instance';
import { NO_CHOICES, type StatisticsChoices } from './statistics-choices';
import { knownNames, useTeamStore } from '../team-store';
import { startStatisticsWorker, type StatisticsClient } from './statistics-client';
import type { DisagreementDigest, ShownStatistics } from './statistics-protocol';
import { EMPTY_STATISTICS_FORM, statsFiltersOf, type StatisticsForm } from './statistics-filters';

export interface StatisticsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  form: StatisticsForm;
  statistics: ShownStatistics | null;
  choices: StatisticsChoices;
  /** The worker's error message, while status is `error`. */
  error: string | null;
  /** Starts the worker (once) and shows the current form's statistics (kept, or computed). */
  open: () => void;
  /** Starts the worker and computes in the background, when no result is kept yet. */
  prepare: () => void;
  setForm: (patch: Partial<StatisticsForm>) => void;
  resetForm: () => void;
  /** The disagreements passing `filters` (and the form's filters) as JSON Lines. */
  disagreementsJsonl: (filters: DisagreementFilters) => Promise<{ text: string; lines: number }>;
  /** The digest of the disagreements passing `filters` (and the form's filters). */
  queryDisagreements: (filters: DisagreementFilters) => Promise<DisagreementDigest>;
  /** The screen was left: the worker stops after {@link KEEP_WORKER_MS} unless it is back. */
  close: () => void;
}

/** How long the worker (and its warm caches) outlives the statistics screen. */
export const KEEP_WORKER_MS = 5 * 60_000;

let makeClient: () => StatisticsClient = () => startStatisticsWorker(getDatabase().name);

/** Stops the worker and drops the kept result now (set by the store below). */
let stopNow: () => void = () => undefined;

/** Tests hand in a client over the handler instead of a real worker (any kept one stops). */
export function setStatisticsClientFactory(factory: () => StatisticsClient): void {
  stopNow();
  makeClient = factory;
}

export const useStatisticsStore = create<StatisticsState>((set, get) => {
  let client: StatisticsClient | null = null;
  let stale = false;
  let unfollow: (() => void) | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | null = null;

  /** The worker, started if need be; null (with the error shown) when it cannot start. */
  function ensureClient(): StatisticsClient | null {
    if (stopTimer !== null) {
      clearTimeout(stopTimer);
      stopTimer = null;
    }
    if (client === null) {
      try {
        client = makeClient();
      } catch (error) {
        set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
        return null;
      }
      unfollow = onDataChange((change) => {
        if (change.drafts !== undefined || change.decided === true || change.projects) {
          stale = true;
        }
      });
    }
    return client;
  }

  function stop(): void {
    if (stopTimer !== null) {
      clearTimeout(stopTimer);
      stopTimer = null;
    }
    client?.dispose();
    client = null;
    unfollow?.();
    unfollow = null;
    stale = false;
    set({ status: 'idle', statistics: null });
  }

  function run(): void {
    if (client === null) {
      return;
    }
    const reload = stale;
    stale = false;
    set({ status: 'loading' });
    client.run(statsFiltersOf(get().form), reload, (message) => {
      if (message.type === 'result') {
        set({
          status: 'ready',
          statistics: message.statistics,
          choices: message.choices,
          error: null,
        });
      } else if (message.type === 'error') {
        set({ status: 'error', error: message.message });
      }
    });
  }

  stopNow = stop;

  return {
    status: 'idle',
    form: EMPTY_STATISTICS_FORM,
    statistics: null,
    choices: NO_CHOICES,
    error: null,
    open() {
      if (ensureClient() === null) {
        return;
      }
      const { status } = get();
      // A kept (or prepared) result of this form stands while the data has not changed; a run
      // still under way will answer the screen.
      if (!stale && (status === 'ready' || status === 'loading')) {
        return;
      }
      run();
    },
    prepare() {
      if (client !== null || ensureClient() === null) {
        return; // already started: its result is kept, or on its way
      }
      run();
    },
    setForm(patch) {
      set({ form: { ...get().form, ...patch } });
      run();
    },
    resetForm() {
      set({ form: EMPTY_STATISTICS_FORM });
      run();
    },
    disagreementsJsonl(filters) {
      if (client === null) {
        return Promise.reject(new Error('The statistics are not open'));
      }
      // Teammates named where the lead's app knows them (hub user ids stay beside the names).
      const names = knownNames(useTeamStore.getState());
      return client.jsonl(statsFiltersOf(get().form), filters, names);
    },
    queryDisagreements(filters) {
      if (client === null) {
        return Promise.reject(new Error('The statistics are not open'));
      }
      return client.disagreements(statsFiltersOf(get().form), filters);
    },
    close() {
      if (stopTimer !== null) {
        clearTimeout(stopTimer);
      }
      stopTimer = setTimeout(() => {
        stopTimer = null;
        stop();
      }, KEEP_WORKER_MS);
    },
  };
});
