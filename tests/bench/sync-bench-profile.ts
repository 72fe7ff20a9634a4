/**
 * Where the page's main thread spends a sync (LOUPE_BENCH_SYNC_PROFILE=DIR): a V8 CPU profile
 * of the page over the measured window (CDP Profiler, 1 ms sampling), written to DIR as a
 * .cpuprofile (open it in Chrome's DevTools, Performance panel), and summarised: idle time
 * (the thread waits, for IndexedDB or the network), garbage collection, and the functions with
 * the most self time; beside it a Chromium trace of IndexedDB's own events (its backend runs
 * outside the page), summed by name. Build the renderer unminified (`vite build --minify
 * false`) and point the bench at it (LOUPE_BENCH_SYNC_DIST) for readable function names.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const round = (value: number) => Math.round(value);

/**
 * Starts profiling `page` when LOUPE_BENCH_SYNC_PROFILE names a folder; `stop()` writes it.
 * `trace` adds the IndexedDB trace (about 6 MB a second: the push's, not the 10-minute pull's).
 */
export async function startCpuProfile(page: Page, name: string, trace: boolean) {
  const dir = process.env.LOUPE_BENCH_SYNC_PROFILE;
  if (dir === undefined || dir === '') {
    return () => Promise.resolve(null);
  }
  const browser = trace ? page.context().browser() : null;
  const traceFile = join(dir, `${name}.trace.json`);
  await browser?.startTracing(page, { path: traceFile, categories: ['IndexedDB', 'leveldb'] });
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 1_000 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
    await session.detach();
    await browser?.stopTracing();
    const file = join(dir, `${name}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    const summary = summarise(profile);
    console.log(`[bench:sync] ${name}: CPU profile in ${file}`);
    console.log(`[bench:sync] ${name}: ${JSON.stringify(summary.totals)}`);
    for (const line of summary.top) {
      console.log(`[bench:sync]   ${line}`);
    }
    if (browser !== null) {
      console.log(`[bench:sync] ${name}: IndexedDB trace events (nested, so they overlap):`);
      for (const line of await indexedDbEvents(traceFile)) {
        console.log(`[bench:sync]   ${line}`);
      }
    }
    return summary;
  };
}

/** Milliseconds of self time per function, and the idle, GC and total times. */
export function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    total += ms;
    const frame = byId.get(id)?.callFrame;
    const file = frame?.url.split('/').pop() ?? '';
    const key =
      frame === undefined
        ? '?'
        : `${frame.functionName || '(anonymous)'} ${file}${file === '' ? '' : `:${frame.lineNumber + 1}`}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  const of = (name: string) => round(self.get(`${name} `) ?? 0);
  const top = [...self]
    .filter(([key]) => !/^\((idle|program|garbage collector)\) $/.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([key, ms]) => `${String(round(ms)).padStart(6)} ms  ${key}`);
  return {
    totals: {
      totalMs: round(total),
      idleMs: of('(idle)'),
      programMs: of('(program)'),
      gcMs: of('(garbage collector)'),
    },
    top,
  };
}

interface TraceEvent {
  ph: string;
  cat?: string;
  name: string;
  dur?: number;
  pid: number;
  args?: { name?: string };
}

/** Total time and count of each IndexedDB / LevelDB trace event, by process. */
async function indexedDbEvents(file: string) {
  const trace = JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] };
  const processes = new Map(
    trace.traceEvents
      .filter((event) => event.ph === 'M' && event.name === 'process_name')
      .map((event) => [event.pid, event.args?.name ?? '?']),
  );
  const sums = new Map<string, { count: number; ms: number }>();
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || !/IndexedDB|leveldb/.test(event.cat ?? '')) {
      continue;
    }
    const key = `${processes.get(event.pid) ?? event.pid}: ${event.name}`;
    const sum = sums.get(key) ?? { count: 0, ms: 0 };
    sum.count += 1;
    sum.ms += (event.dur ?? 0) / 1000;
    sums.set(key, sum);
  }
  return [...sums]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 20)
    .map(
      ([key, { count, ms }]) =>
        `${String(round(ms)).padStart(6)} ms ${String(count).padStart(7)}×  ${key}`,
    );
}
