/**
 * The statistics bench's Web Worker: the app's own statistics worker logic
 * (renderer/stores/lead/statistics/statistics-worker-handler.ts, what stats.worker.ts runs), fed the bench's
 * generated team data instead of the IndexedDB read, and timed here, inside the worker. Beside
 * it, the baseline: one plain pass over the same drafts and events (events counted per kind).
 *
 * The local store's `editRates` table is stood in for the same way: `generate` with
 * `storedRates` computes every edit's rate once, untimed, as the app's first run computes and
 * stores them (what every opening after the first reads), and the handler's `loadEditRates`
 * hands them over; without it the store holds none (the first opening after the edits arrived). What
 * the handler then saves is kept and counted (`stored`): a run over stored rates saves none.
 *
 * The handler's own deferral (a setTimeout turn, so newer requests replace older ones) is
 * replaced by an immediate call: the figure is the computation, not the event loop's clamp.
 */
import { createStatsWorkerHandler } from '../../renderer/stores/lead/statistics/statistics-worker-handler';
import type { FromStatsWorker } from '../../renderer/stores/lead/statistics/statistics-protocol';
import type { EditPayload } from '../../shared/domain/decision-event';
import { editRateKey } from '../../shared/stats/compute-statistics';
import { charEditRate } from '../../shared/text-diff';
import type { StatsDraft, StatsFilters } from '../../shared/stats/stats-input';
import { describeStatsDrafts, generateStatsDrafts } from './stats-bench-data';

export type ToStatsBenchWorker =
  | { type: 'generate'; storedRates: boolean }
  | { type: 'run'; id: number; filters: StatsFilters }
  | { type: 'baseline'; id: number }
  | { type: 'stored' };

export type FromStatsBenchWorker =
  | {
      type: 'generated';
      ms: number;
      summary: ReturnType<typeof describeStatsDrafts>;
      /** The edit rates put in the stand-in store, and how long computing them took. */
      rates: { count: number; ms: number };
    }
  /** `answer` is the handler's own message, posted on as the app's page would receive it. */
  | { type: 'ran'; id: number; ms: number; answer: FromStatsWorker }
  | { type: 'baseline'; id: number; ms: number; counted: number }
  /** What the handler has saved to the stand-in store so far: its calls and their rates. */
  | { type: 'stored'; saves: number; rates: number };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToStatsBenchWorker>) => void) | null;
  postMessage: (message: FromStatsBenchWorker) => void;
};

let drafts: StatsDraft[] = [];
/** The stand-in for the store's `editRates` table. */
let storedRates = new Map<string, number>();
const saved = { saves: 0, rates: 0 };
let startedAt = 0;

const handle = createStatsWorkerHandler({
  load: () => Promise.resolve(drafts),
  post: (answer) => {
    const ms = performance.now() - startedAt;
    scope.postMessage({ type: 'ran', id: answer.id, ms, answer });
  },
  defer: (task) => task(),
  loadEditRates: () => Promise.resolve(storedRates),
  saveEditRates: (_dbName, entries) => {
    saved.saves += 1;
    saved.rates += entries.length;
    for (const [key, rate] of entries) {
      storedRates.set(key, rate);
    }
    return Promise.resolve();
  },
});

/**
 * The rate of every edit, by `editRateKey`, as compute-statistics.ts computes it: what a first
 * run leaves in the store (and a few more: retracted edits, which a run never counts). Not
 * through `computeStatistics` itself, whose code the cold run must find not yet optimised, as a
 * new worker in the app does.
 */
function everyEditRate(): Map<string, number> {
  const rates = new Map<string, number>();
  for (const draft of drafts) {
    for (const event of draft.events) {
      if (event.kind === 'edit') {
        const { finalText } = event.payload as EditPayload;
        rates.set(editRateKey(event.eventId, draft.text), charEditRate(draft.text, finalText));
      }
    }
  }
  return rates;
}

/** The baseline: every event of every draft looked at once, counted per kind. */
function plainPass(): number {
  const perKind = new Map<string, number>();
  let counted = 0;
  for (const draft of drafts) {
    for (const event of draft.events) {
      perKind.set(event.kind, (perKind.get(event.kind) ?? 0) + 1);
      counted += 1;
    }
  }
  return counted;
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'generate') {
    const started = performance.now();
    drafts = generateStatsDrafts();
    const ms = performance.now() - started;
    const ratesStarted = performance.now();
    storedRates = message.storedRates ? everyEditRate() : new Map<string, number>();
    const rates = { count: storedRates.size, ms: performance.now() - ratesStarted };
    scope.postMessage({ type: 'generated', ms, summary: describeStatsDrafts(drafts), rates });
  } else if (message.type === 'stored') {
    scope.postMessage({ type: 'stored', ...saved });
  } else if (message.type === 'run') {
    startedAt = performance.now();
    handle({ type: 'run', id: message.id, dbName: 'stats-bench', filters: message.filters });
  } else {
    const started = performance.now();
    const counted = plainPass();
    const ms = performance.now() - started;
    scope.postMessage({ type: 'baseline', id: message.id, ms, counted });
  }
};
