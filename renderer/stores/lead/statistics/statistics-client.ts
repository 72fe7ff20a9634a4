/**
 * The page's side of the statistics worker: posts requests with a fresh id and hands back only
 * the answer to the newest one. There is deliberately no fallback onto the page (unlike the
 * export's engine): the statistics must never run on the main thread, so without a worker the
 * screen shows an error instead.
 */
import type { DisagreementFilters } from '../../../../shared/stats/disagreements';
import type { StatsFilters } from '../../../../shared/stats/stats-input';
import type { DisagreementDigest, FromStatsWorker, ToStatsWorker } from './statistics-protocol';

export interface StatisticsClient {
  /** Starts a run; `onAnswer` hears its result or error unless a newer request replaced it. */
  run(filters: StatsFilters, reload: boolean, onAnswer: (message: FromStatsWorker) => void): void;
  /** The disagreements as JSON Lines (text and line count), reviewers named from `names`. */
  jsonl(
    filters: StatsFilters,
    disagreements: DisagreementFilters,
    names?: Readonly<Record<string, string>>,
  ): Promise<{ text: string; lines: number }>;
  /** The digest of the disagreements passing `disagreements` (count, first rows). */
  disagreements(
    filters: StatsFilters,
    disagreements: DisagreementFilters,
  ): Promise<DisagreementDigest>;
  dispose(): void;
}

/** A client over any worker-like port (a real Worker, or a test's fake). */
export function statisticsClientOver(
  port: {
    postMessage: (message: ToStatsWorker) => void;
    onmessage: ((event: MessageEvent<FromStatsWorker>) => void) | null;
    terminate: () => void;
  },
  dbName: string,
): StatisticsClient {
  let nextId = 0;
  let newestRun = -1;
  let onRun: ((message: FromStatsWorker) => void) | null = null;
  /** Requests answered one to one (JSON Lines, a digest of the list), by id. */
  const pending = new Map<
    number,
    { resolve: (message: FromStatsWorker) => void; reject: (e: Error) => void }
  >();

  port.onmessage = (event) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (waiting !== undefined) {
      pending.delete(message.id);
      if (message.type === 'error') {
        waiting.reject(new Error(message.message));
      } else {
        waiting.resolve(message);
      }
      return;
    }
    if (message.id === newestRun) {
      onRun?.(message);
    }
  };

  const ask = (
    type: 'jsonl' | 'disagreements',
    filters: StatsFilters,
    disagreements: DisagreementFilters,
    names?: Readonly<Record<string, string>>,
  ) => {
    nextId += 1;
    const id = nextId;
    return new Promise<FromStatsWorker>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      port.postMessage({
        type,
        id,
        dbName,
        filters,
        disagreements,
        ...(names !== undefined ? { names } : {}),
      });
    });
  };

  return {
    run(filters, reload, onAnswer) {
      nextId += 1;
      newestRun = nextId;
      onRun = onAnswer;
      port.postMessage({ type: 'run', id: nextId, dbName, filters, ...(reload ? { reload } : {}) });
    },
    async jsonl(filters, disagreements, names) {
      const answer = await ask('jsonl', filters, disagreements, names);
      if (answer.type !== 'jsonl') {
        throw new Error(`unexpected answer ${answer.type}`);
      }
      return { text: answer.text, lines: answer.lines };
    },
    async disagreements(filters, disagreements) {
      const answer = await ask('disagreements', filters, disagreements);
      if (answer.type !== 'disagreements') {
        throw new Error(`unexpected answer ${answer.type}`);
      }
      return answer.digest;
    },
    dispose() {
      port.terminate();
      onRun = null;
    },
  };
}

/** The client over a fresh stats.worker.ts. */
export function startStatisticsWorker(dbName: string): StatisticsClient {
  const worker = new Worker(new URL('./stats.worker.ts', import.meta.url), { type: 'module' });
  return statisticsClientOver(worker, dbName);
}
