/**
 * The statistics worker's logic, apart from the worker global so tests can call it directly
 * (stats.worker.ts only wires it to `self`). It keeps the drafts it read, so a filter change
 * recomputes without reading the store again, and it only ever computes the newest request: a
 * run is started on the next turn, and by then a newer request (the lead still moving a filter)
 * has replaced it, so stale runs are dropped before they cost anything. The page drops any
 * stale answer that still arrives (statistics-store.ts).
 *
 * Edit rates, the costly part of a run (~100 µs an edit), are kept in the local store as well:
 * read with the drafts, so a new worker computes only the rates of edits that arrived since, and
 * written after the answer that needed them is posted (the lead waits for numbers, not a write).
 */
import { computeStatistics } from '../../../../shared/stats';
import { disagreementJsonLines } from '../../../../shared/stats/disagreement-jsonl';
import type { Disagreement, DisagreementFilters } from '../../../../shared/stats/disagreements';
import { filterDisagreements } from '../../../../shared/stats/disagreements';
import type { Statistics } from '../../../../shared/stats';
import type { StatsFilters } from '../../../../shared/stats/stats-input';
import type { StatsDraft } from '../../../../shared/stats/stats-input';
import { EditRateCache } from './edit-rate-cache';
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
  /** Reads the edit rates the named database holds, by `editRateKey`. */
  loadEditRates?: (dbName: string) => Promise<Map<string, number>>;
  /** Stores edit rates a run computed that the database did not hold. */
  saveEditRates?: (dbName: string, entries: [string, number][]) => Promise<void>;
}

interface Loaded {
  dbName: string;
  drafts: StatsDraft[];
  choices: StatisticsChoices;
  /**
   * Edit rates by event (and draft text length): the costly part of a run. Kept across reloads
   * of the same store, and seeded from it — events never change, so a synced decision costs one
   * new rate, not a cold run over every edit.
   */
  editRates: EditRateCache;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const NO_RATES: ReadonlyMap<string, number> = new Map();

/** The answer to `message`, from the statistics of its filters. */
function answer(message: ToStatsWorker, statistics: Statistics, current: Loaded): FromStatsWorker {
  const { id } = message;
  if (message.type === 'run') {
    const { disagreements, ...rest } = statistics;
    return {
      type: 'result',
      id,
      statistics: { ...rest, disagreements: disagreementDigest(disagreements) },
      choices: current.choices,
    };
  }
  if (message.type === 'disagreements') {
    return {
      type: 'disagreements',
      id,
      digest: disagreementDigest(statistics.disagreements, message.disagreements),
    };
  }
  const list = filterDisagreements(statistics.disagreements, message.disagreements);
  let text = '';
  let lines = 0;
  for (const line of disagreementJsonLines(list, current.drafts, message.names)) {
    text += line;
    lines += 1;
  }
  return { type: 'jsonl', id, text, lines };
}

export function createStatsWorkerHandler(deps: StatsWorkerDeps): (message: ToStatsWorker) => void {
  const defer = deps.defer ?? ((task: () => void) => void setTimeout(task, 0));
  let loaded: Promise<Loaded> | null = null;
  let loadedName: string | null = null;
  let editRates = new EditRateCache();
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
      editRateCache: current.editRates.rates,
    });
    last = { dbName: current.dbName, key, statistics };
    return statistics;
  }

  function data(dbName: string, reload: boolean): Promise<Loaded> {
    if (loaded === null || loadedName !== dbName || reload) {
      if (loadedName !== dbName) {
        editRates = new EditRateCache();
      }
      loadedName = dbName;
      const rates = editRates;
      loaded = Promise.all([deps.load(dbName), storedRates(dbName)]).then(([drafts, stored]) => {
        rates.seed(stored);
        return { dbName, drafts, choices: statisticsChoices(drafts), editRates: rates };
      });
      // A failed read is not kept: the next request reads again.
      loaded.catch(() => {
        loaded = null;
      });
    }
    return loaded;
  }

  /** The stored rates; none when they cannot be read (the run computes them instead). */
  function storedRates(dbName: string): Promise<ReadonlyMap<string, number>> {
    const read = deps.loadEditRates;
    if (read === undefined) {
      return Promise.resolve(NO_RATES);
    }
    return Promise.resolve()
      .then(() => read(dbName))
      .catch((error: unknown) => {
        console.error('Could not read the stored edit rates', error);
        return NO_RATES;
      });
  }

  /**
   * Stores the rates `current`'s runs computed that the store lacks. Called once an answer is
   * posted and never awaited; a failed write costs only time (the rates are computed again by
   * a later worker), so it is logged, and the next run tries again.
   */
  function saveNewRates(current: Loaded): void {
    const save = deps.saveEditRates;
    if (save === undefined) {
      return;
    }
    const entries = current.editRates.takeUnsaved();
    if (entries.length === 0) {
      return;
    }
    void Promise.resolve()
      .then(() => save(current.dbName, entries))
      .catch((error: unknown) => {
        current.editRates.notSaved(entries);
        console.error('Could not store the edit rates', error);
      });
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
      deps.post(answer(message, statistics, current));
      saveNewRates(current);
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
