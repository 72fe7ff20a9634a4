/**
 * The hub's second thread for exports: measures edit metrics (shared/export/record-metrics.ts,
 * the same function the records use) for pairs of texts the main thread sends, so the main
 * thread reads, builds and writes one page while the next page's metrics are measured here.
 * Started by metrics-thread.ts; holds no state between jobs.
 */
import { parentPort } from 'node:worker_threads';
import { recordMetrics } from '../../shared/export/record-metrics';
import type { MetricsJob, MetricsReply } from './metrics-thread';

parentPort?.on('message', (job: MetricsJob) => {
  let reply: MetricsReply;
  try {
    reply = {
      id: job.id,
      metrics: job.pairs.map(([original, final]) => recordMetrics(original, final)),
    };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
