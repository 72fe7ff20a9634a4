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

function report(language: 'en' | 'zh-TW' = 'en') {
  const statistics = computeStatistics(teamWeek(), { projects: ['p1'], from: '2026-12-07' });
  const i18n = createI18n(language);
  return statisticsReport(statistics, i18n.t, language, AT);
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
    expect(pairs?.rows).toEqual([{ a: 'ann', b: 'bob', shared: 1, kappa: null, raw: null }]);
    const csv = new TextDecoder().decode(reportCsv(built));
    expect(csv).toContain('Project: p1');
    expect(csv).toMatch(/ann,bob,1,,\r?\n/);
  });

  it('is written in the reader’s language', () => {
    const built = report('zh-TW');
    expect(built.title).toBe('Loupe 統計報告');
    expect(built.generatedFrom).toContain('專案：p1');
  });
});
