import { describe, expect, it } from 'vitest';
import {
  computeStatistics,
  EDIT_RATE_BIN_COUNT,
  editRateBin,
  editRateKey,
  quantileOfSorted,
} from '../../../shared/stats';
import { draft, editTo } from './support/stats-data';
import { teamWeek } from './support/team-week';

describe('active time and throughput', () => {
  const { activeTime } = computeStatistics(teamWeek());

  it('gives the median and p90 of the counted decisions (linear between ranks)', () => {
    // Counted: 10, 20, 30, 40, 60 s (e06's 50 s was retracted). Median: the 3rd, 30 s.
    // p90: rank h = (5 − 1)·0.9 = 3.6 → 40 + 0.6·(60 − 40) = 52 s.
    expect(activeTime.overall).toEqual({
      decisions: 5,
      medianMs: 30_000,
      p90Ms: 52_000,
      totalActiveMs: 160_000,
    });
  });

  it('gives each reviewer their own percentiles and decisions per active hour', () => {
    // ann: 10 s and 30 s → median 20 s, p90 = 10 + 0.9·20 = 28 s; 2 decisions in 40 s → 2 / (40/3600) = 180 per hour.
    // bob: 20 s and 40 s → 30 s, 38 s; 2 in 60 s → 120. cat: 60 s → 60 s, 60 s; 1 in 60 s → 60.
    const rows = activeTime.perReviewer.map((row) => [
      row.reviewerId,
      row.medianMs,
      row.p90Ms,
      row.decisionsPerActiveHour,
    ]);
    expect(rows).toEqual([
      ['ann', 20_000, 28_000, 180],
      ['bob', 30_000, 38_000, 120],
      ['cat', 60_000, 60_000, 60],
    ]);
  });

  it('has no throughput for a reviewer with no active time, rather than infinity', () => {
    const stats = computeStatistics([
      draft('d', [editTo('e1', 'dan', 'sitting', { activeMs: 0 })]),
    ]);
    expect(stats.activeTime.perReviewer[0]?.decisionsPerActiveHour).toBeNull();
  });

  it('interpolates quantiles as numpy does by default', () => {
    // numpy.percentile([1, 2, 3, 4], [50, 90]) → 2.5, 3.7
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOfSorted([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantileOfSorted([], 0.5)).toBeNaN();
  });
});

describe('edit-rate distribution', () => {
  it('measures each edit against the draft on graphemes and bins it by 0.05', () => {
    // kitten → sitting: 3 edits over 7 graphemes of the final = 0.428571… → bin [0.40, 0.45).
    const { editRates } = computeStatistics(teamWeek());
    expect(editRates.edits).toBe(1);
    expect(editRates.mean).toBeCloseTo(3 / 7, 12);
    expect(editRates.median).toBeCloseTo(3 / 7, 12);
    expect(editRates.bins).toHaveLength(EDIT_RATE_BIN_COUNT);
    expect(editRates.bins[8]).toEqual({ from: 0.4, to: 0.45, count: 1 });
    expect(editRates.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(1);
  });

  it('counts rates above 1 in the open last bin and unchanged edits at 0', () => {
    // "abcdef" → "x": 6 edits over 1 grapheme = 6; an edit that changed nothing = 0.
    const stats = computeStatistics([
      draft('d', [editTo('e1', 'ann', 'x'), editTo('e2', 'bob', 'abcdef')], { text: 'abcdef' }),
    ]);
    expect(stats.editRates.bins[20]).toEqual({ from: 1, to: null, count: 1 });
    expect(stats.editRates.bins[0]?.count).toBe(1);
    expect(stats.editRates.unchanged).toBe(1);
  });

  it('puts a rate on a bin edge in the bin that starts there', () => {
    // 0.15 / 0.05 is 2.9999999999999996 in floating point; 0.15 · 20 is 3.
    expect(editRateBin(0.15)).toBe(3);
    expect(editRateBin(0.05)).toBe(1);
    expect(editRateBin(0.999)).toBe(19);
    expect(editRateBin(1)).toBe(20);
  });

  it('reuses a cached rate by event and text, and fills the cache', () => {
    const draft = teamWeek().find((each) => each.events.some((event) => event.eventId === 'e02'));
    const key = editRateKey('e02', draft!.text);
    const cache = new Map([[key, 0.9]]);
    const stats = computeStatistics(teamWeek(), {}, { editRateCache: cache });
    expect(stats.editRates.bins[18]?.count).toBe(1); // 0.9 → [0.90, 0.95)
    const fresh = new Map<string, number>();
    computeStatistics(teamWeek(), {}, { editRateCache: fresh });
    expect(fresh.get(key)).toBeCloseTo(3 / 7, 12);
    // The draft's text revised (another length): the cached rate no longer applies.
    const revised = teamWeek().map((each) =>
      !each.events.some((event) => event.eventId === 'e02')
        ? each
        : { ...each, text: `${each.text} (revised)` },
    );
    expect(computeStatistics(revised, {}, { editRateCache: cache }).editRates.bins[18]?.count).toBe(
      0,
    );
    // Revised to a text of the same length: the cached rate no longer applies either.
    const sameLength = teamWeek().map((each) =>
      !each.events.some((event) => event.eventId === 'e02')
        ? each
        : { ...each, text: [...each.text].reverse().join('') },
    );
    expect(
      computeStatistics(sameLength, {}, { editRateCache: cache }).editRates.bins[18]?.count,
    ).toBe(0);
  });
});

describe('label, rating and reason distributions', () => {
  const { labels } = computeStatistics(teamWeek());

  it('counts single and multiple choices per option, most frequent first', () => {
    // tone: e01 ok, e02 bad, e08 ok. errors: e01 [omission, tone], e02 [tone].
    expect(labels.choices).toEqual([
      {
        question: 'errors',
        answers: 2,
        values: [
          { value: 'tone', count: 2 },
          { value: 'omission', count: 1 },
        ],
      },
      {
        question: 'tone',
        answers: 3,
        values: [
          { value: 'ok', count: 2 },
          { value: 'bad', count: 1 },
        ],
      },
    ]);
  });

  it('counts ratings per value with their mean', () => {
    // rating: e01 4, e02 2 → mean 3.
    expect(labels.ratings).toEqual([
      {
        question: 'rating',
        answers: 2,
        values: [
          { value: 2, count: 1 },
          { value: 4, count: 1 },
        ],
        mean: 3,
      },
    ]);
  });

  it('counts escalation reasons', () => {
    expect(labels.reasons).toEqual([{ value: 'factual', count: 1 }]);
    expect(labels.escalations).toBe(1);
  });
});
