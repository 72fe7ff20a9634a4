import { describe, expect, it } from 'vitest';
import type { StatsFilters } from '../../../shared/stats';
import { computeStatistics } from '../../../shared/stats';
import { approve, draft, editTo } from './support/stats-data';
import { teamWeek } from './support/team-week';

const total = (filters: StatsFilters) =>
  computeStatistics(teamWeek(), filters).decisions.overall.counts.total;

describe('statistics filters', () => {
  // Counted decisions (support/team-week.ts): e01 ann 12-07, e02 bob 12-07, e04 ann 12-08,
  // e05 bob 12-13, e08 cat 12-14; gv 1, 1, 2, 2, 1; models v1, v1, v2, v2, (none).
  it.each<[string, StatsFilters, number]>([
    ['no filter', {}, 5],
    ['a reviewer', { reviewers: ['ann'] }, 2], // e01, e04
    ['two reviewers (either)', { reviewers: ['ann', 'cat'] }, 3],
    ['from a day on', { from: '2026-12-08' }, 3], // e04, e05, e08
    ['up to a whole day', { to: '2026-12-07' }, 2], // e01, e02
    ['an instant range', { from: '2026-12-07T10:30:00Z', to: '2026-12-13T23:59:00Z' }, 3],
    ['a model version', { modelVersions: ['v1'] }, 2],
    ['a model name', { models: ['m'] }, 5],
    ['an unknown model', { models: ['other'] }, 0],
    ['a prompt version', { promptVersions: ['b'] }, 2],
    ['a project', { projects: ['p2'] }, 1],
    ['a guideline version', { guidelinesVersions: [2] }, 2],
    ['all at once', { projects: ['p1'], reviewers: ['bob'], guidelinesVersions: [1] }, 1],
    ['empty lists', { projects: [], reviewers: [] }, 5],
  ])('%s', (_name, filters, expected) => {
    expect(total(filters)).toBe(expected);
  });

  it('refuses a date bound that is no date', () => {
    expect(() => computeStatistics(teamWeek(), { from: 'last week' })).toThrow(RangeError);
  });

  it('never lets an event without a guideline version match a listed version', () => {
    const drafts = [draft('old', [approve('o1', 'ann')])]; // written before schema version 2
    expect(
      computeStatistics(drafts, { guidelinesVersions: [1] }).decisions.overall.counts.total,
    ).toBe(0);
  });

  it('echoes the filters so exports can write them beside the numbers', () => {
    const filters = { from: '2026-12-01', reviewers: ['ann'] };
    expect(computeStatistics(teamWeek(), filters).filters).toEqual(filters);
  });

  it('judges a judged draft by the time of its deciding event', () => {
    const drafts = [
      draft(
        'j',
        [
          approve('a1', 'ann', { at: '2026-12-01T10:00:00Z' }),
          editTo('a2', 'bob', 'x', { at: '2026-12-09T10:00:00Z', parents: ['a1'] }),
        ],
        {
          judge: { verdict: 'pass' },
        },
      ),
    ];
    // The edit (12-09) decides: inside from 12-08, outside up to 12-05.
    expect(computeStatistics(drafts, { from: '2026-12-08' }).judge.overall.drafts).toBe(1);
    expect(computeStatistics(drafts, { to: '2026-12-05' }).judge.overall.drafts).toBe(0);
    // Only bob's decision stands: a filter on ann leaves the judged draft out.
    expect(computeStatistics(drafts, { reviewers: ['ann'] }).judge.overall.drafts).toBe(0);
  });
});
