/**
 * The statistics bench's page (stats-bench.html, built by Vite as the app's pages are): starts
 * the bench worker (stats-bench-worker.ts) and, on the main thread, watches for long tasks while
 * the worker computes — what the lead would feel as a stuck screen. stats-bench.mjs drives it
 * through `window.__statsBench`.
 */
import type { StatsFilters } from '../../shared/stats/stats-input';
import type { FromStatsBenchWorker, ToStatsBenchWorker } from './stats-bench-worker';

/** One timed request: the worker's own figure, the page's, and the long tasks meanwhile. */
export interface StatsBenchSample {
  /** Inside the worker: request received → answer posted. */
  workerMs: number;
  /** On the page: request posted → answer received (its structured clone included). */
  pageMs: number;
  /** On the page: reading the answer's `data` (Chromium deserialises the structured clone then). */
  readMs: number;
  /** Main-thread tasks over 50 ms that overlapped the request, in ms each. */
  longTasksMs: number[];
  /** What came back, for the log and to check the run did its work. */
  summary: Record<string, unknown>;
}

interface LongTask {
  start: number;
  end: number;
}

const longTasks: LongTask[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }
}).observe({ type: 'longtask', buffered: true });

let worker: Worker | null = null;
let nextId = 0;

/** Two frames and a turn: long-task entries are delivered after their task ends. */
const settle = () =>
  new Promise<void>((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))),
  );

let lastReadMs = 0;

function request(message: ToStatsBenchWorker): Promise<FromStatsBenchWorker> {
  const port = worker;
  if (port === null) {
    return Promise.reject(new Error('No bench worker started.'));
  }
  return new Promise((resolve, reject) => {
    port.onmessage = (event: MessageEvent<FromStatsBenchWorker>) => {
      const reading = performance.now();
      const data = event.data;
      lastReadMs = performance.now() - reading;
      resolve(data);
    };
    port.onerror = (event) => reject(new Error(event.message));
    port.postMessage(message);
  });
}

async function timed(message: ToStatsBenchWorker): Promise<StatsBenchSample> {
  await settle();
  const posted = performance.now();
  const answer = await request(message);
  const received = performance.now();
  await settle();
  const longTasksMs = longTasks
    .filter((task) => task.end > posted && task.start < received)
    .map((task) => task.end - task.start);
  if (answer.type === 'ran') {
    const reply = answer.answer;
    if (reply.type !== 'result') {
      throw new Error(`The statistics worker answered ${JSON.stringify(reply).slice(0, 300)}`);
    }
    const { statistics } = reply;
    return {
      workerMs: answer.ms,
      pageMs: received - posted,
      readMs: lastReadMs,
      longTasksMs,
      summary: {
        drafts: statistics.drafts,
        decisions: statistics.decisions.overall.counts,
        edits: statistics.editRates.edits,
        reviewerPairs: statistics.agreement.pairs.length,
        disagreements: statistics.disagreements.count,
      },
    };
  }
  if (answer.type === 'baseline') {
    return {
      workerMs: answer.ms,
      pageMs: received - posted,
      readMs: lastReadMs,
      longTasksMs,
      summary: { counted: answer.counted },
    };
  }
  throw new Error(`Unexpected answer ${answer.type}`);
}

const bench = {
  /**
   * A fresh worker (nothing cached, nothing compiled) holding the generated team data, and a
   * stand-in store holding every edit's rate (`storedRates`) or none.
   */
  async startWorker(storedRates: boolean) {
    worker?.terminate();
    worker = new Worker(new URL('./stats-bench-worker.ts', import.meta.url), { type: 'module' });
    const answer = await request({ type: 'generate', storedRates });
    if (answer.type !== 'generated') {
      throw new Error(`Unexpected answer ${answer.type}`);
    }
    return { ms: answer.ms, summary: answer.summary, rates: answer.rates };
  },
  /** What the worker's handler has saved to the stand-in store since it started. */
  async stored() {
    const answer = await request({ type: 'stored' });
    if (answer.type !== 'stored') {
      throw new Error(`Unexpected answer ${answer.type}`);
    }
    return { saves: answer.saves, rates: answer.rates };
  },
  run(filters: StatsFilters) {
    nextId += 1;
    return timed({ type: 'run', id: nextId, filters });
  },
  baseline() {
    nextId += 1;
    return timed({ type: 'baseline', id: nextId });
  },
  /** Proves the observer works here: a 120 ms busy task must show up as a long task. */
  async calibrate() {
    await settle();
    const before = longTasks.length;
    const until = performance.now() + 120;
    while (performance.now() < until) {
      // busy on purpose
    }
    await settle();
    return longTasks.slice(before).map((task) => task.end - task.start);
  },
};

(window as unknown as { __statsBench: typeof bench }).__statsBench = bench;
