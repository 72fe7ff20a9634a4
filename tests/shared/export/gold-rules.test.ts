import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../shared/export/build-record';
import { goldExclusion } from '../../../shared/export/gold-rules';
import { EXPORT_FORMATS } from '../../../shared/export/loupe-record';
import { approve, draft, edit, escalate, project, resolve, skip } from './support/records';

const record = (events: Parameters<typeof buildRecord>[1]) => buildRecord(draft(), events, project);

const approved = record([approve('A1')]);
const edited = record([edit('A1', 'x')]);
const rejected = record([escalate('A1'), resolve('B1', 'reject', ['A1'])]);
const escalated = record([escalate('A1')]);
const disputed = record([approve('A1'), escalate('A2', { reviewerId: 'r2' })]);
const pending = record([]);
const skipped = record([skip('A1')]);

describe('goldExclusion', () => {
  it('lets gold records through to every format', () => {
    for (const format of EXPORT_FORMATS) {
      for (const gold of [approved, edited, rejected]) {
        expect(goldExclusion(gold, format, {})).toBeUndefined();
      }
    }
  });

  it('leaves the others out by default, naming their decision', () => {
    expect(goldExclusion(escalated, 'loupe', {})).toBe('escalated');
    expect(goldExclusion(disputed, 'sft', {})).toBe('disputed');
    expect(goldExclusion(pending, 'csv', {})).toBe('pending');
    expect(goldExclusion(skipped, 'dpo', {})).toBe('skipped');
  });

  it('lets them through to the full-record formats when everything is asked for', () => {
    for (const format of ['loupe', 'csv', 'parquet'] as const) {
      for (const other of [escalated, disputed, pending, skipped]) {
        expect(goldExclusion(other, format, { includeAll: true })).toBeUndefined();
      }
    }
    expect(goldExclusion(escalated, 'trl', { includeAll: true })).toBe('escalated');
  });

  it('lets escalations (only) through to KTO, whose writer judges their reason', () => {
    expect(goldExclusion(escalated, 'kto', {})).toBeUndefined();
    expect(goldExclusion(disputed, 'kto', {})).toBe('disputed');
    expect(goldExclusion(skipped, 'kto', { includeAll: true })).toBe('skipped');
  });
});
