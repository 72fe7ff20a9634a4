/**
 * The report exports (issue 14 point 6): the CSV and XLSX carry the filters and the time range
 * the numbers cover, the same numbers the screen shows, and an agreement value with too little
 * overlap as an empty cell (never 0) — in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { statisticsReport } from '../../../../../renderer/features/lead/statistics/statistics-report';
import { createI18n } from '../../../../../renderer/i18n/create-i18n';
import { computeStatistics } from '../../../../../shared/stats';
import { reportCsv } from '../../../../../shared/stats-export';
import { teamWeek } from '../../../../shared/stats/support/team-week';

const AT = new Date('2026-12-15T12:00:00Z');

function report(language: 'en' | 'zh-TW' = 'en', nameOf?: (reviewerId: string) => string | null) {
  const statistics = computeStatistics(teamWeek(), { projects: ['p1'], from: '2026-12-07' });
  const i18n = createI18n(language);
  return statisticsReport(statistics, i18n.t, language, AT, nameOf);
}

describe('the statistics report', () => {
  it('writes the filters and the time range above the numbers', () => {
    const { title, generatedFrom } = report();
    expect(title).toBe('Loupe statistics report');
    expect(generatedFrom).toEqual(
      expect.arrayContaining([
        'Time range: 2026-12-07 to the last decision (UTC)',
        'Project: p1',
        'Reviewer: All',
      ]),
    );
    expect(generatedFrom.some((line) => line.includes('two-proportion z-test'))).toBe(true);
  });

  it('names the reviewers a filter keeps, with their ids, where the team is known', () => {
    const statistics = computeStatistics(teamWeek(), { reviewers: ['ann', 'cat'] });
    const i18n = createI18n('en');
    const names: Record<string, string> = { ann: '林安' };
    const built = statisticsReport(statistics, i18n.t, 'en', AT, (id) => names[id] ?? null);
    expect(built.generatedFrom).toContain('Reviewer: 林安 (ann), cat');
  });

  it('holds the counts and rates the screen shows', () => {
    const perModel = report().tables.find((table) => table.id === 'decisions-per-model-version');
    // p1: d1 (m@v1) approve + edit; d2 (m@v2) escalate + skip.
    expect(perModel?.rows).toEqual([
      expect.objectContaining({ key: 'm@v1', approve: 1, edit: 1, total: 2, approveRate: 0.5 }),
      expect.objectContaining({ key: 'm@v2', escalate: 1, skip: 1, total: 2, approveRate: 0 }),
    ]);
  });

  it('leaves an agreement with too little overlap empty in the CSV', () => {
    const built = report();
    const pairs = built.tables.find((table) => table.id === 'agreement-pairs');
    // ann and bob share one draft (d1): below the minimum of 10.
    expect(pairs?.rows).toEqual([
      { a: 'ann', aName: null, b: 'bob', bName: null, shared: 1, kappa: null, raw: null },
    ]);
    const csv = new TextDecoder().decode(reportCsv(built));
    expect(csv).toContain('Project: p1');
    expect(csv).toMatch(/ann,,bob,,1,,\r?\n/);
  });

  it('writes teammates’ names beside their ids, and an empty name where the team is not known', () => {
    const names: Record<string, string> = { ann: '林安', bob: 'Bob Chen' };
    const built = report('en', (id) => names[id] ?? null);
    const table = (id: string) => built.tables.find((candidate) => candidate.id === id);
    const pairs = table('agreement-pairs');
    expect(pairs?.columns.map((column) => column.label).slice(0, 4)).toEqual([
      'Reviewer A',
      'Reviewer A name',
      'Reviewer B',
      'Reviewer B name',
    ]);
    expect(pairs?.rows[0]).toMatchObject({ a: 'ann', aName: '林安', b: 'bob', bName: 'Bob Chen' });
    expect(table('decisions-per-reviewer')?.rows).toContainEqual(
      expect.objectContaining({ key: 'ann', name: '林安' }),
    );
    const time = table('time-on-task');
    expect(time?.columns.map((column) => column.key).slice(0, 2)).toEqual([
      'reviewer',
      'reviewerName',
    ]);
    expect(time?.rows).toContainEqual(
      expect.objectContaining({ reviewer: 'bob', reviewerName: 'Bob Chen' }),
    );
    // Without names the columns stay where they are, empty: a file's layout never depends on it.
    expect(report().tables.map((t) => t.columns)).toEqual(built.tables.map((t) => t.columns));
    const csv = new TextDecoder().decode(reportCsv(built));
    expect(csv).toMatch(/ann,林安,bob,Bob Chen,1,,\r?\n/);
  });

  it('is written in the reader’s language', () => {
    const built = report('zh-TW');
    expect(built.title).toBe('Loupe 統計報告');
    expect(built.generatedFrom).toContain('專案：p1');
  });
});
