/**
 * The statistics screen's state: the filter form, the newest result from the worker and the
 * values the filters offer. Every form change asks the worker for a new run (the worker drops
 * the runs it replaced, and the client drops their answers). A change in the local data (a
 * decision, a pull) marks the next run to read the store again.
 */
import { create } from 'zustand';
import type { DisagreementFilters } from '../../../shared/stats/disagreements';
import { onDataChange } from '../../db/change-feed';
import { getDatabase } from '../../db/database-instance';
import { NO_CHOICES, type StatisticsChoices } from './statistics-choices';
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
  /** Starts the worker (once) and computes with the current form. */
  open: () => void;
  setForm: (patch: Partial<StatisticsForm>) => void;
  resetForm: () => void;
  /** The disagreements passing `filters` (and the form's filters) as JSON Lines. */
  disagreementsJsonl: (filters: DisagreementFilters) => Promise<{ text: string; lines: number }>;
  /** The digest of the disagreements passing `filters` (and the form's filters). */
  queryDisagreements: (filters: DisagreementFilters) => Promise<DisagreementDigest>;
  /** Stops the worker (the screen was left). */
  close: () => void;
}

let makeClient: () => StatisticsClient = () => startStatisticsWorker(getDatabase().name);

/** Tests hand in a client over the handler instead of a real worker. */
export function setStatisticsClientFactory(factory: () => StatisticsClient): void {
  makeClient = factory;
}

export const useStatisticsStore = create<StatisticsState>((set, get) => {
  let client: StatisticsClient | null = null;
  let stale = false;
  let unfollow: (() => void) | null = null;

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

  return {
    status: 'idle',
    form: EMPTY_STATISTICS_FORM,
    statistics: null,
    choices: NO_CHOICES,
    error: null,
    open() {
      if (client === null) {
        try {
          client = makeClient();
        } catch (error) {
          set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
          return;
        }
        unfollow = onDataChange((change) => {
          if (change.drafts !== undefined || change.decided === true || change.projects) {
            stale = true;
          }
        });
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
      return client.jsonl(statsFiltersOf(get().form), filters);
    },
    queryDisagreements(filters) {
      if (client === null) {
        return Promise.reject(new Error('The statistics are not open'));
      }
      return client.disagreements(statsFiltersOf(get().form), filters);
    },
    close() {
      client?.dispose();
      client = null;
      unfollow?.();
      unfollow = null;
      set({ status: 'idle' });
    },
  };
});
