/**
 * The statistics bench's Web Worker: the app's own statistics worker logic
 * (renderer/stores/lead/statistics-worker-handler.ts, what stats.worker.ts runs), fed the bench's
 * generated team data instead of the IndexedDB read, and timed here, inside the worker. Beside
 * it, the baseline: one plain pass over the same drafts and events (events counted per kind).
 *
 * The handler's own deferral (a setTimeout turn, so newer requests replace older ones) is
 * replaced by an immediate call: the figure is the computation, not the event loop's clamp.
 */
import { createStatsWorkerHandler } from '../../renderer/stores/lead/statistics-worker-handler';
import type { FromStatsWorker } from '../../renderer/stores/lead/statistics-protocol';
import type { StatsDraft, StatsFilters } from '../../shared/stats/stats-input';
import { describeStatsDrafts, generateStatsDrafts } from './stats-bench-data';

export type ToStatsBenchWorker =
  | { type: 'generate' }
  | { type: 'run'; id: number; filters: StatsFilters }
  | { type: 'baseline'; id: number };

export type FromStatsBenchWorker =
  | { type: 'generated'; ms: number; summary: ReturnType<typeof describeStatsDrafts> }
  /** `answer` is the handler's own message, posted on as the app's page would receive it. */
  | { type: 'ran'; id: number; ms: number; answer: FromStatsWorker }
  | { type: 'baseline'; id: number; ms: number; counted: number };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToStatsBenchWorker>) => void) | null;
  postMessage: (message: FromStatsBenchWorker) => void;
};

let drafts: StatsDraft[] = [];
let startedAt = 0;

const handle = createStatsWorkerHandler({
  load: () => Promise.resolve(drafts),
  post: (answer) => {
    const ms = performance.now() - startedAt;
    scope.postMessage({ type: 'ran', id: answer.id, ms, answer });
  },
  defer: (task) => task(),
});

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
    scope.postMessage({ type: 'generated', ms, summary: describeStatsDrafts(drafts) });
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
