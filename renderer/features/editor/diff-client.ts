/**
 * Asks for diffs, newest first: while one is being computed, only the newest request waits, and
 * the ones it replaced resolve to null. So a fast typist never queues up stale work. Runs in a Web
 * Worker; where there is none (jsdom tests) it computes on the next task instead.
 */
import { computeDiff, type DiffResponse, type DiffResult } from './diff-job';

export interface DiffClient {
  request: (original: string, edited: string) => Promise<DiffResult | null>;
}

export type Compute = (original: string, edited: string) => Promise<DiffResult>;

const inlineCompute: Compute = (original, edited) =>
  new Promise((resolve) => setTimeout(() => resolve(computeDiff(original, edited)), 0));

interface Waiting {
  original: string;
  edited: string;
  resolve: (result: DiffResult) => void;
}

/**
 * Diffs in a Web Worker. If the worker cannot start or fails (a policy or a packaging fault),
 * the waiting requests and every later one are computed on the page instead: slower, never lost.
 */
function workerCompute(): Compute {
  if (typeof Worker === 'undefined') {
    return inlineCompute;
  }
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    console.error('The diff worker could not start; diffing on the page instead', error);
    return inlineCompute;
  }
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  worker.onmessage = (event: MessageEvent<DiffResponse>) => {
    const { id, ...result } = event.data;
    waiting.get(id)?.resolve(result);
    waiting.delete(id);
  };
  worker.onerror = (event) => {
    console.error('The diff worker failed; diffing on the page instead', event.message);
    worker?.terminate();
    worker = null;
    waiting.forEach((job) => void inlineCompute(job.original, job.edited).then(job.resolve));
    waiting.clear();
  };
  return (original, edited) => {
    if (worker === null) {
      return inlineCompute(original, edited);
    }
    const running = worker;
    return new Promise((resolve) => {
      nextId += 1;
      waiting.set(nextId, { original, edited, resolve });
      running.postMessage({ id: nextId, original, edited });
    });
  };
}

interface Job {
  original: string;
  edited: string;
  resolve: (result: DiffResult | null) => void;
}

/** A client over `compute` (exported for tests); `diffClient()` is the app's one. */
export function createDiffClient(compute: Compute): DiffClient {
  let running = false;
  let queued: Job | null = null;

  const pump = () => {
    if (running || queued === null) {
      return;
    }
    const job = queued;
    queued = null;
    running = true;
    compute(job.original, job.edited)
      .then(job.resolve, (error: unknown) => {
        console.error('Could not compute the diff', error);
        job.resolve(null);
      })
      .finally(() => {
        running = false;
        pump();
      });
  };

  return {
    request(original, edited) {
      return new Promise((resolve) => {
        queued?.resolve(null);
        queued = { original, edited, resolve };
        pump();
      });
    },
  };
}

let shared: DiffClient | null = null;

/** The app's diff client, started on first use. */
export function diffClient(): DiffClient {
  shared ??= createDiffClient(workerCompute());
  return shared;
}
