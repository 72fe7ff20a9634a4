/**
 * The hub's metrics thread (hub/export/metrics-thread.ts): the worker really measures (an
 * export would silently fall back to the main thread otherwise, and lose its second core), and
 * its metrics are those the records would carry.
 */
import { describe, expect, it } from 'vitest';
import { metricsThread, type MetricsPair } from '../../../hub/export/metrics-thread';
import { recordMetrics } from '../../../shared/export/record-metrics';

const pairs: MetricsPair[] = [
  ['退款 NT$1,280 已處理。', '退款 NT$1,380 已處理。'],
  ['The refund reaches your card.', 'Your refund reaches the card within five days.'],
  ['👩‍👩‍👧 family e\u0301', '👩‍👩‍👦 family é'],
  ['same', 'same'],
  ['', 'all new'],
];

describe('the metrics thread', () => {
  it('measures on the worker what the records would measure on their own', async () => {
    const thread = metricsThread();
    const before = thread.measuredOnWorker;
    const measured = await thread.measure(pairs);
    expect(measured).toEqual(pairs.map(([original, final]) => recordMetrics(original, final)));
    expect(thread.measuredOnWorker - before).toBe(pairs.length);
  });

  it('keeps each job to its own answer when several are out at once', async () => {
    const thread = metricsThread();
    const jobs = pairs.map((pair) => thread.measure([pair, pair]));
    const answers = await Promise.all(jobs);
    answers.forEach((answer, k) => {
      const [original, final] = pairs[k]!;
      expect(answer).toEqual([recordMetrics(original, final), recordMetrics(original, final)]);
    });
    expect(await thread.measure([])).toEqual([]);
  });
});
