/**
 * The statistics worker's logic, apart from the worker global so tests can call it directly
 * (stats.worker.ts only wires it to `self`). It keeps the drafts it read, so a filter change
 * recomputes without reading the store again, and it only ever computes the newest request: a
 * run is started on the next turn, and by then a newer request (the lead still moving a filter)
 * has replaced it, so stale runs are dropped before they cost anything. The page drops any
 * stale answer that still arrives (statistics-store.ts).
 */
import { computeStatistics } from '../../../shared/stats';
import { disagreementJsonLines } from '../../../shared/stats/disagreement-jsonl';
import type { Disagreement, DisagreementFilters } from '../../../shared/stats/disagreements';
import { filterDisagreements } from '../../../shared/stats/disagreements';
import type { Statistics } from '../../../shared/stats';
import type { StatsFilters } from '../../../shared/stats/stats-input';
import type { StatsDraft } from '../../../shared/stats/stats-input';
import { statisticsChoices, type StatisticsChoices } from './statistics-choices';
import type { DisagreementDigest, FromStatsWorker, ToStatsWorker } from './statistics-protocol';
import { DISAGREEMENTS_SHOWN } from './statistics-protocol';

const distinctSorted = (values: Iterable<string>) =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The page's share of a disagreement list: its count, its filters' values, its first rows. */
export function disagreementDigest(
  all: readonly Disagreement[],
  filters: DisagreementFilters = {},
): DisagreementDigest {
  const matching = filterDisagreements(all, filters);
  return {
    count: matching.length,
    reviewers: distinctSorted(all.flatMap((item) => item.reviewerIds)),
    modelVersions: distinctSorted(all.map((item) => item.modelVersion)),
    rows: matching.slice(0, DISAGREEMENTS_SHOWN),
  };
}

export interface StatsWorkerDeps {
  /** Reads every draft of the named database with its events. */
  load: (dbName: string) => Promise<StatsDraft[]>;
  post: (message: FromStatsWorker) => void;
  /** Runs `task` on a later turn (setTimeout in the worker). */
  defer?: (task: () => void) => void;
}

interface Loaded {
  dbName: string;
  drafts: StatsDraft[];
  choices: StatisticsChoices;
  /**
   * Edit rates by event (and draft text length): the costly part of a run. Kept across reloads
   * of the same store — events never change, so a synced decision costs one new rate, not a
   * cold run over every edit.
   */
  editRates: Map<string, number>;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createStatsWorkerHandler(deps: StatsWorkerDeps): (message: ToStatsWorker) => void {
  const defer = deps.defer ?? ((task: () => void) => void setTimeout(task, 0));
  let loaded: Promise<Loaded> | null = null;
  let loadedName: string | null = null;
  let editRates = new Map<string, number>();
  /** Only runs replace each other; a JSON Lines request is always answered. */
  let newestRun = -1;
  /** The last run's statistics, which the list's requests (same filters) read again. */
  let last: { dbName: string; key: string; statistics: Statistics } | null = null;

  function statisticsFor(current: Loaded, filters: StatsFilters): Statistics {
    const key = JSON.stringify(filters);
    if (last?.dbName === current.dbName && last.key === key) {
      return last.statistics;
    }
    const statistics = computeStatistics(current.drafts, filters, {
      editRateCache: current.editRates,
    });
    last = { dbName: current.dbName, key, statistics };
    return statistics;
  }

  function data(dbName: string, reload: boolean): Promise<Loaded> {
    if (loaded === null || loadedName !== dbName || reload) {
      if (loadedName !== dbName) {
        editRates = new Map<string, number>();
      }
      loadedName = dbName;
      const rates = editRates;
      loaded = deps.load(dbName).then((drafts) => ({
        dbName,
        drafts,
        choices: statisticsChoices(drafts),
        editRates: rates,
      }));
      // A failed read is not kept: the next request reads again.
      loaded.catch(() => {
        loaded = null;
      });
    }
    return loaded;
  }

  async function handle(message: ToStatsWorker): Promise<void> {
    const { id } = message;
    try {
      const current = await data(message.dbName, message.type === 'run' && message.reload === true);
      if (message.type === 'run' && id !== newestRun) {
        return; // replaced while the store was being read
      }
      if (message.type === 'run') {
        last = null; // a run may follow a reload: compute afresh
      }
      const statistics = statisticsFor(current, message.filters);
      if (message.type === 'run') {
        const { disagreements, ...rest } = statistics;
        deps.post({
          type: 'result',
          id,
          statistics: { ...rest, disagreements: disagreementDigest(disagreements) },
          choices: current.choices,
        });
        return;
      }
      if (message.type === 'disagreements') {
        deps.post({
          type: 'disagreements',
          id,
          digest: disagreementDigest(statistics.disagreements, message.disagreements),
        });
        return;
      }
      const list = filterDisagreements(statistics.disagreements, message.disagreements);
      let text = '';
      let lines = 0;
      for (const line of disagreementJsonLines(list, current.drafts)) {
        text += line;
        lines += 1;
      }
      deps.post({ type: 'jsonl', id, text, lines });
    } catch (error) {
      deps.post({ type: 'error', id, message: reasonOf(error) });
    }
  }

  return (message) => {
    if (message.type === 'run') {
      newestRun = Math.max(newestRun, message.id);
    }
    defer(() => {
      if (message.type !== 'run' || message.id === newestRun) {
        void handle(message);
      }
    });
  };
}
