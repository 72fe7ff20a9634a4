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
import { filterDisagreements } from '../../../shared/stats/disagreements';
import type { StatsDraft } from '../../../shared/stats/stats-input';
import { statisticsChoices, type StatisticsChoices } from './statistics-choices';
import type { FromStatsWorker, ToStatsWorker } from './statistics-protocol';

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
  /** Edit rates by event id: the costly part of a recompute, unchanged while the data is. */
  editRates: Map<string, number>;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createStatsWorkerHandler(deps: StatsWorkerDeps): (message: ToStatsWorker) => void {
  const defer = deps.defer ?? ((task: () => void) => void setTimeout(task, 0));
  let loaded: Promise<Loaded> | null = null;
  let loadedName: string | null = null;
  /** Only runs replace each other; a JSON Lines request is always answered. */
  let newestRun = -1;

  function data(dbName: string, reload: boolean): Promise<Loaded> {
    if (loaded === null || loadedName !== dbName || reload) {
      loadedName = dbName;
      loaded = deps.load(dbName).then((drafts) => ({
        dbName,
        drafts,
        choices: statisticsChoices(drafts),
        editRates: new Map<string, number>(),
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
      const statistics = computeStatistics(current.drafts, message.filters, {
        editRateCache: current.editRates,
      });
      if (message.type === 'run') {
        deps.post({ type: 'result', id, statistics, choices: current.choices });
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
