import { describe, expect, it } from 'vitest';
import { computeStatistics, isoWeek, utcDay } from '../../../shared/stats';
import type { DecisionGroup } from '../../../shared/stats';
import { teamWeek } from './support/team-week';

/** key → [approve, edit, escalate, skip, total] */
const table = (groups: DecisionGroup[]) =>
  Object.fromEntries(
    groups.map((group) => [
      group.key,
      [
        group.counts.approve,
        group.counts.edit,
        group.counts.escalate,
        group.counts.skip,
        group.counts.total,
      ],
    ]),
  );

describe('decision counts and rates', () => {
  const { decisions } = computeStatistics(teamWeek());

  it('counts approve, edit, escalate and skip, never comments, retracted events or resolves', () => {
    // e01 approve, e02 edit, e04 escalate, e05 skip, e08 approve; e06 was retracted.
    expect(decisions.overall.counts).toEqual({
      approve: 2,
      edit: 1,
      escalate: 1,
      skip: 1,
      total: 5,
    });
    expect(decisions.overall.rates).toEqual({ approve: 0.4, edit: 0.2, escalate: 0.2, skip: 0.2 });
  });

  it('groups per reviewer, model version, prompt version and project', () => {
    // ann: e01 approve, e04 escalate; bob: e02 edit, e05 skip; cat: e08 approve.
    expect(table(decisions.perReviewer)).toEqual({
      ann: [1, 0, 1, 0, 2],
      bob: [0, 1, 0, 1, 2],
      cat: [1, 0, 0, 0, 1],
    });
    expect(decisions.perReviewer[0]?.rates).toEqual({
      approve: 0.5,
      edit: 0,
      escalate: 0.5,
      skip: 0,
    });
    // d3 has no model version: it groups under the model name alone.
    expect(table(decisions.perModelVersion)).toEqual({
      m: [1, 0, 0, 0, 1],
      'm@v1': [1, 1, 0, 0, 2],
      'm@v2': [0, 0, 1, 1, 2],
    });
    // d3 has no prompt version: the '' group.
    expect(table(decisions.perPromptVersion)).toEqual({
      '': [1, 0, 0, 0, 1],
      a: [1, 1, 0, 0, 2],
      b: [0, 0, 1, 1, 2],
    });
    expect(table(decisions.perProject)).toEqual({ p1: [1, 1, 1, 1, 4], p2: [1, 0, 0, 0, 1] });
  });

  it('buckets by UTC day and ISO week (Sunday 23:59Z still ends week 50)', () => {
    expect(table(decisions.perDay)).toEqual({
      '2026-12-07': [1, 1, 0, 0, 2],
      '2026-12-08': [0, 0, 1, 0, 1],
      '2026-12-13': [0, 0, 0, 1, 1],
      '2026-12-14': [1, 0, 0, 0, 1],
    });
    // 2026-12-07 is a Monday, 49 weeks after the Monday of 2026-W01 (2025-12-29): W50.
    expect(table(decisions.perWeek)).toEqual({
      '2026-W50': [1, 1, 1, 1, 4],
      '2026-W51': [1, 0, 0, 0, 1],
    });
  });

  it('gives no rate to an empty selection instead of dividing by zero', () => {
    const empty = computeStatistics(teamWeek(), { projects: ['nobody'] });
    expect(empty.decisions.overall.counts.total).toBe(0);
    expect(empty.decisions.overall.rates).toEqual({ approve: 0, edit: 0, escalate: 0, skip: 0 });
    expect(empty.decisions.perReviewer).toEqual([]);
  });
});

describe('UTC days and ISO weeks', () => {
  it.each([
    ['2025-12-29T00:00:00Z', '2026-W01'], // Monday of the week holding 1 January 2026 (Thursday)
    ['2026-01-01T12:00:00Z', '2026-W01'],
    ['2026-12-31T23:59:59Z', '2026-W53'], // 2026 has 53 ISO weeks (it starts on a Thursday)
    ['2027-01-03T12:00:00Z', '2026-W53'], // Sunday: still the last week of 2026
    ['2027-01-04T00:00:00Z', '2027-W01'],
    ['2021-01-03T00:00:00Z', '2020-W53'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
  ])('%s is in %s', (at, week) => {
    expect(isoWeek(Date.parse(at))).toBe(week);
  });

  it('takes the day in UTC, whatever offset the client wrote', () => {
    // 23:30 at UTC-05:00 is 04:30 the next day in UTC.
    expect(utcDay(Date.parse('2026-12-07T23:30:00-05:00'))).toBe('2026-12-08');
  });
});
