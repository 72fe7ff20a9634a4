/**
 * Messages between the statistics screen and its worker (stats.worker.ts). Every request carries
 * an id; the worker answers with the same id, and the page ignores answers to requests it has
 * replaced since (a filter changed while the worker was busy).
 */
import type { Disagreement, DisagreementFilters } from '../../../../shared/stats/disagreements';
import type { Statistics } from '../../../../shared/stats';
import type { StatsFilters } from '../../../../shared/stats/stats-input';
import type { StatisticsChoices } from './statistics-choices';

/** Everything but the disagreement list: what the charts, tables and reports read. */
export type StatisticsView = Omit<Statistics, 'disagreements'>;

/** Rows of the disagreement list the page draws (and gets) at most. */
export const DISAGREEMENTS_SHOWN = 200;

/**
 * What the page gets of the disagreements: a list can run to thousands (9,000 in the bench,
 * 5.6 MB), and reading it all on the page was a 200–350 ms task on the main thread. So the
 * list stays in the worker; the page gets the count, the values its filters offer, and the
 * first rows — for a filter of the list, asked again (`disagreements`).
 */
export interface DisagreementDigest {
  /** Disagreements matching (all of them, in a run's answer). */
  count: number;
  reviewers: string[];
  modelVersions: string[];
  /** The first {@link DISAGREEMENTS_SHOWN} matching, in the list's order. */
  rows: Disagreement[];
}

/** A run's answer: the statistics with the disagreements as a digest. */
export type ShownStatistics = StatisticsView & { disagreements: DisagreementDigest };

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
      /** The disagreements as JSON Lines (`jsonl`), or their digest (`disagreements`). */
      type: 'jsonl' | 'disagreements';
      id: number;
      dbName: string;
      filters: StatsFilters;
      disagreements: DisagreementFilters;
      /** Teammates' names by hub user id, written beside the ids in JSON Lines. */
      names?: Readonly<Record<string, string>>;
    };

export type FromStatsWorker =
  | { type: 'result'; id: number; statistics: ShownStatistics; choices: StatisticsChoices }
  | { type: 'jsonl'; id: number; text: string; lines: number }
  | { type: 'disagreements'; id: number; digest: DisagreementDigest }
  | { type: 'error'; id: number; message: string };
