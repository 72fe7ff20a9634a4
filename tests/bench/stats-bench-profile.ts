/**
 * Where the statistics bench's time goes, in Node on the same generated data (for diagnosis, not
 * part of `npm run bench`):
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/stats-prof --import tsx tests/bench/stats-bench-profile.ts
 *
 * Runs the app's statistics worker handler cold and warm as stats-bench-worker.ts does, and a
 * second handler over the edit rates the first one stored (as a new worker reads them from the
 * store; in this process its code is already optimised, so it is not cold in that sense), then
 * times the parts a cold run is made of apart: the filter choices, the edit metrics of every
 * edit (what the edit-rate cache saves), and a run with the cache already full. Also prints the
 * size of the answer the page receives, as JSON (its structured clone is of the same order).
 */
import { computeStatistics } from '../../shared/stats';
import { recordMetrics } from '../../shared/export/record-metrics';
import type { EditPayload } from '../../shared/domain/decision-event';
import { statisticsChoices } from '../../renderer/stores/lead/statistics/statistics-choices';
import { createStatsWorkerHandler } from '../../renderer/stores/lead/statistics/statistics-worker-handler';
import type { FromStatsWorker } from '../../renderer/stores/lead/statistics/statistics-protocol';
import type { StatsFilters } from '../../shared/stats/stats-input';
import { describeStatsDrafts, generateStatsDrafts } from './stats-bench-data';

const ms = (started: number) => Math.round((performance.now() - started) * 10) / 10;

let started = performance.now();
const drafts = generateStatsDrafts();
console.log(`generated in ${ms(started)} ms: ${JSON.stringify(describeStatsDrafts(drafts))}`);

let answer: FromStatsWorker | undefined;
/** The stand-in for the store's `editRates` table: what the handlers save. */
const stored = new Map<string, number>();
let saves = 0;
function statsHandler() {
  return createStatsWorkerHandler({
    load: () => Promise.resolve(drafts),
    post: (message) => {
      answer = message;
    },
    defer: (task) => task(),
    loadEditRates: () => Promise.resolve(new Map(stored)),
    saveEditRates: (_dbName, entries) => {
      saves += 1;
      entries.forEach(([key, rate]) => stored.set(key, rate));
      return Promise.resolve();
    },
  });
}
let handle = statsHandler();

async function run(id: number, filters: StatsFilters): Promise<number> {
  answer = undefined;
  const at = performance.now();
  handle({ type: 'run', id, dbName: 'profile', filters });
  while (answer === undefined) {
    await Promise.resolve();
  }
  return ms(at);
}

console.log(`handler, cold: ${await run(1, {})} ms`);
await Promise.resolve(); // the rates are saved after the answer
console.log(`  then stored ${stored.size} edit rates in ${saves} writes`);
console.log(`handler, warm {}: ${await run(2, {})} ms`);
console.log(
  `handler, warm, one model version: ${await run(3, { modelVersions: ['2026-11-rc'] })} ms`,
);
handle = statsHandler();
console.log(`new handler over the stored rates: ${await run(1, {})} ms`);
await Promise.resolve();
console.log(`  then stored ${saves - 1} more writes (0: no rate computed again)`);
if (answer?.type === 'result') {
  const full = (await run(4, {}), answer);
  if (full?.type === 'result') {
    const json = JSON.stringify(full.statistics).length;
    const disagreements = JSON.stringify(full.statistics.disagreements).length;
    console.log(
      `answer as JSON: ${json} chars, of which disagreements ${disagreements} (${full.statistics.disagreements.count} entries)`,
    );
  }
}

started = performance.now();
statisticsChoices(drafts);
console.log(`statisticsChoices alone: ${ms(started)} ms`);

started = performance.now();
let edits = 0;
for (const draft of drafts) {
  for (const event of draft.events) {
    if (event.kind === 'edit') {
      recordMetrics(draft.text, (event.payload as EditPayload).finalText);
      edits += 1;
    }
  }
}
console.log(`recordMetrics of all ${edits} edits alone: ${ms(started)} ms`);

const cache = new Map<string, number>();
computeStatistics(drafts, {}, { editRateCache: cache });
started = performance.now();
computeStatistics(drafts, {}, { editRateCache: cache });
console.log(`computeStatistics {} with the cache full: ${ms(started)} ms`);
started = performance.now();
computeStatistics(drafts, { reviewers: ['reviewer-01'] }, { editRateCache: cache });
console.log(`computeStatistics, one reviewer, cache full: ${ms(started)} ms`);
