import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../shared/export/build-record';
import type { ExportFilters } from '../../../shared/export/export-filters';
import {
  canonicalFilters,
  includesNonGold,
  matchesFilters,
} from '../../../shared/export/export-filters';
import { approve, at, draft, edit, escalate, event, project, skip } from './support/records';

const approved = buildRecord(
  draft('d1'),
  [
    at(
      event(
        'approve',
        'A1',
        { labels: { tone: 'polite', quality: 4, issues: ['typo', 'length'] } },
        { reviewerId: 'ann', clientTime: '2026-12-01T23:30:00.000-02:00' }, // 2 Dec, 01:30 UTC
      ),
      { guidelinesVersion: 2 },
    ),
  ],
  project,
);
const edited = buildRecord(
  draft('d2', { model: { name: 'other', version: 'v9' }, promptVersion: 'p4' }),
  [edit('A1', 'New', { reviewerId: 'bo', clientTime: '2026-11-15T10:00:00.000Z' })],
  { ...project, id: 'project-2' },
);

const passes = (filters: ExportFilters) =>
  [approved, edited].filter((record) => matchesFilters(record, filters)).map((r) => r.id);

describe('matchesFilters', () => {
  it('lets everything through with no filters or empty lists', () => {
    expect(passes({})).toEqual(['d1', 'd2']);
    expect(passes({ projects: [], decisions: [], labels: [] })).toEqual(['d1', 'd2']);
  });

  it.each<[string, ExportFilters, string[]]>([
    ['project', { projects: ['project-2'] }, ['d2']],
    ['projects (any of)', { projects: ['project-1', 'project-2'] }, ['d1', 'd2']],
    ['decision', { decisions: ['edited'] }, ['d2']],
    ['model name', { models: ['gpt-x'] }, ['d1']],
    ['model version', { modelVersions: ['v9'] }, ['d2']],
    ['prompt version', { promptVersions: ['p3'] }, ['d1']],
    ['guideline version', { guidelinesVersions: [2] }, ['d1']],
    ['guideline version absent on the record', { guidelinesVersions: [1] }, []],
    ['reviewer', { reviewers: ['bo'] }, ['d2']],
    ['label, single choice', { labels: [{ question: 'tone', value: 'polite' }] }, ['d1']],
    ['label, one of several chosen', { labels: [{ question: 'issues', value: 'typo' }] }, ['d1']],
    ['label, rating by number', { labels: [{ question: 'quality', value: '4.0' }] }, ['d1']],
    ['label, wrong value', { labels: [{ question: 'tone', value: 'curt' }] }, []],
    [
      'labels of one question (any of)',
      {
        labels: [
          { question: 'tone', value: 'curt' },
          { question: 'tone', value: 'polite' },
        ],
      },
      ['d1'],
    ],
    [
      'labels of two questions (all of)',
      {
        labels: [
          { question: 'tone', value: 'polite' },
          { question: 'quality', value: '5' },
        ],
      },
      [],
    ],
    ['several filters (all of)', { projects: ['project-1'], decisions: ['edited'] }, []],
  ])('filters by %s', (_, filters, expected) => {
    expect(passes(filters)).toEqual(expected);
  });

  it('filters dates on the deciding event, in UTC, a date meaning the whole day', () => {
    expect(passes({ from: '2026-12-02' })).toEqual(['d1']); // 23:30 at -02:00 is 2 Dec UTC
    expect(passes({ to: '2026-12-01' })).toEqual(['d2']);
    expect(passes({ from: '2026-11-15', to: '2026-11-15' })).toEqual(['d2']);
    expect(passes({ from: '2026-11-15T10:00:00Z' })).toEqual(['d1', 'd2']); // inclusive
    expect(passes({ to: '2026-11-15T10:00:00Z' })).toEqual(['d2']); // inclusive
    expect(passes({ to: '2026-11-15T09:59:59.999Z' })).toEqual([]);
  });

  it('dates a skipped draft by its skip, and leaves out a draft without events', () => {
    const skipped = buildRecord(
      draft(),
      [skip('A1', { clientTime: '2026-10-01T00:00:00Z' })],
      project,
    );
    expect(matchesFilters(skipped, { from: '2026-10-01', to: '2026-10-01' })).toBe(true);
    const untouched = buildRecord(draft(), [], project);
    expect(matchesFilters(untouched, {})).toBe(true);
    expect(matchesFilters(untouched, { from: '2000-01-01' })).toBe(false);
  });

  it('does not look at gold: that is the export’s call', () => {
    const escalated = buildRecord(draft(), [escalate('A1')], project);
    expect(matchesFilters(escalated, {})).toBe(true);
  });

  it('matches reviewers of standing decisions only', () => {
    const superseded = buildRecord(
      draft(),
      [approve('A1', { reviewerId: 'old' }), edit('A2', 'x', { parents: ['A1'] })],
      project,
    );
    expect(matchesFilters(superseded, { reviewers: ['old'] })).toBe(false);
    expect(matchesFilters(superseded, { reviewers: ['reviewer-1'] })).toBe(true);
  });
});

describe('includesNonGold', () => {
  it('is honoured only by the full-record formats', () => {
    for (const format of ['loupe', 'csv', 'parquet'] as const) {
      expect(includesNonGold({ includeAll: true }, format)).toBe(true);
      expect(includesNonGold({}, format)).toBe(false);
    }
    for (const format of ['sft', 'trl', 'dpo', 'kto', 'promptfoo', 'evals'] as const) {
      expect(includesNonGold({ includeAll: true }, format)).toBe(false);
    }
  });
});

describe('canonicalFilters', () => {
  it('sorts and deduplicates lists, fixes key order, drops empty ones', () => {
    const canonical = canonicalFilters({
      includeAll: true,
      labels: [
        { question: 'tone', value: 'b' },
        { question: 'tone', value: 'a' },
        { question: 'tone', value: 'b' },
      ],
      decisions: ['skipped', 'approved', 'skipped'],
      guidelinesVersions: [10, 2],
      projects: ['b', 'a', 'B'],
      reviewers: [],
    });
    expect(JSON.stringify(canonical)).toBe(
      JSON.stringify({
        projects: ['B', 'a', 'b'],
        decisions: ['approved', 'skipped'],
        guidelinesVersions: [2, 10],
        labels: [
          { question: 'tone', value: 'a' },
          { question: 'tone', value: 'b' },
        ],
        includeAll: true,
      }),
    );
    expect(canonicalFilters({ includeAll: false })).toEqual({});
  });
});
