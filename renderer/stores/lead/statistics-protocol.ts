/**
 * Messages between the statistics screen and its worker (stats.worker.ts). Every request carries
 * an id; the worker answers with the same id, and the page ignores answers to requests it has
 * replaced since (a filter changed while the worker was busy).
 */
import type { DisagreementFilters } from '../../../shared/stats/disagreements';
import type { Statistics } from '../../../shared/stats';
import type { StatsFilters } from '../../../shared/stats/stats-input';
import type { StatisticsChoices } from './statistics-choices';

export type ToStatsWorker =
  | {
      type: 'run';
      id: number;
      /** The database to read (the page's own), opened by the worker. */
      dbName: string;
      filters: StatsFilters;
      /** Read the store again (data changed since the last run) instead of the cached drafts. */
      reload?: boolean;
    }
  | {
      type: 'jsonl';
      id: number;
      dbName: string;
      filters: StatsFilters;
      disagreements: DisagreementFilters;
    };

export type FromStatsWorker =
  | { type: 'result'; id: number; statistics: Statistics; choices: StatisticsChoices }
  | { type: 'jsonl'; id: number; text: string; lines: number }
  | { type: 'error'; id: number; message: string };
