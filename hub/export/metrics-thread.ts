/**
 * Edit metrics measured on a worker thread (metrics-worker.ts) while the export goes on. An
 * export of 100,000 records spends about a third of its time measuring edits (the export bench:
 * 30,000 edits of 500-character replies); the hub has a second core, and the metrics of a page
 * need only two strings per edit, cheap to send. One worker for the hub's life, started on the
 * first export; it keeps the process alive only while a job is out.
 *
 * If the worker cannot start or dies, the metrics are measured on the main thread, as the app
 * and the CLI do: slower, never wrong.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RecordMetrics } from '../../shared/export';
import { recordMetrics } from '../../shared/export/record-metrics';

/** Texts to compare: the draft's original and a final text. */
export type MetricsPair = readonly [original: string, final: string];

export interface MetricsJob {
  id: number;
  pairs: readonly MetricsPair[];
}

export type MetricsReply = { id: number; metrics: RecordMetrics[] } | { id: number; error: string };

export interface MetricsThread {
  /** The metrics of every pair, in order. */
  measure(pairs: readonly MetricsPair[]): Promise<RecordMetrics[]>;
  /** Pairs the worker measured so far (the rest fell back to the calling thread). */
  readonly measuredOnWorker: number;
}

const onThisThread = (pairs: readonly MetricsPair[]) =>
  pairs.map(([original, final]) => recordMetrics(original, final));

/**
 * The worker's first lines. The hub runs from TypeScript sources, so the worker loads its module
 * through tsx's `tsImport` (Node 20 does not apply an `--import` loader to a worker's own entry
 * module). tsx's ES module API is found through its package.json, from wherever tsx is installed.
 */
function bootstrap(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = exports['./esm/api'];
  const api = typeof entry === 'object' ? entry.import?.default : undefined;
  if (api === undefined) {
    throw new Error("tsx's package.json names no ES module API (./esm/api)");
  }
  const apiUrl = new URL(api, pathToFileURL(manifest)).href;
  const workerUrl = new URL('./metrics-worker.ts', import.meta.url).href;
  const [apiText, workerText] = [apiUrl, workerUrl].map((text) => JSON.stringify(text));
  return `import(${apiText}).then(({ tsImport }) => tsImport(${workerText}, ${workerText}));`;
}

function startWorker(): MetricsThread {
  const pending = new Map<
    number,
    { resolve: (metrics: RecordMetrics[]) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  let measuredOnWorker = 0;
  let broken: Error | undefined;
  let worker: Worker | undefined;
  try {
    worker = new Worker(bootstrap(), { eval: true });
    worker.unref();
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
  }
  const failAll = (error: Error) => {
    broken = error;
    for (const job of pending.values()) {
      job.reject(error);
    }
    pending.clear();
  };
  worker?.on('message', (reply: MetricsReply) => {
    const job = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) {
      worker?.unref();
    }
    if ('error' in reply) {
      job?.reject(new Error(reply.error));
    } else {
      measuredOnWorker += reply.metrics.length;
      job?.resolve(reply.metrics);
    }
  });
  worker?.on('error', failAll);
  worker?.on('exit', (code) => failAll(new Error(`the metrics thread exited (${code})`)));
  return {
    get measuredOnWorker() {
      return measuredOnWorker;
    },
    async measure(pairs) {
      if (pairs.length === 0) {
        return [];
      }
      if (broken !== undefined || worker === undefined) {
        return onThisThread(pairs);
      }
      const id = (nextId += 1);
      const thread = worker;
      try {
        return await new Promise<RecordMetrics[]>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          thread.ref(); // an export waits on it: the process must not exit under the job
          thread.postMessage({ id, pairs } satisfies MetricsJob);
        });
      } catch {
        return onThisThread(pairs);
      }
    },
  };
}

let shared: MetricsThread | undefined;

/** The hub's metrics thread, started on first use. */
export function metricsThread(): MetricsThread {
  shared ??= startWorker();
  return shared;
}

/** Measures on the calling thread (tests compare the two). */
export const metricsOnThisThread: MetricsThread = {
  measure: (pairs) => Promise.resolve(onThisThread(pairs)),
  measuredOnWorker: 0,
};
