/**
 * The orchestrator with the real format writers (shared/export/formats/): every format exports
 * the same drafts twice to byte-identical files and manifest (issue 13 point 3), and every draft
 * is either written or counted as left out.
 */
import { describe, expect, it } from 'vitest';
import { includesNonGold } from '../../../shared/export/export-filters';
import type { ExportFilters } from '../../../shared/export/export-filters';
import { createFormatWriter } from '../../../shared/export/formats';
import type { ExportFormat } from '../../../shared/export/loupe-record';
import { EXPORT_FORMATS } from '../../../shared/export/loupe-record';
import { manifestJson } from '../../../shared/export/manifest';
import type { ExportItem } from '../../../shared/export/run-export';
import { runExport } from '../../../shared/export/run-export';
import { approve, draft, edit, escalate, event, project, resolve, skip } from './support/records';

function items(): ExportItem[] {
  const at = (n: number) => `d${String(n).padStart(2, '0')}`;
  return Array.from({ length: 24 }, (_, n): ExportItem => {
    const kinds = [
      [approve('A1', { reviewerId: 'ann' })],
      [edit('A1', '請到登入頁按「忘記密碼」。', { reviewerId: 'bo' })],
      [event('escalate', 'A1', { reasonId: 'factual-error', note: '' })],
      [escalate('A1')],
      [escalate('A1'), resolve('B1', 'reject', ['A1'])],
      [skip('A1')],
    ];
    return { draft: draft(at(n)), events: kinds[n % kinds.length] ?? [], project };
  });
}

async function exportAs(format: ExportFormat, filters: ExportFilters) {
  const files = new Map<string, Buffer>();
  const manifest = await runExport({
    items: items(),
    createWriter: () =>
      createFormatWriter(format, { includeAll: includesNonGold(filters, format) }),
    sink: (name, chunk) => {
      files.set(name, Buffer.concat([files.get(name) ?? Buffer.alloc(0), chunk]));
      return Promise.resolve();
    },
    filters,
    split: { testRatio: 0.25, salt: 'loupe' },
    appVersion: '0.1.0',
    source: { kind: 'hub', seq: 42 },
  });
  return { manifest, files };
}

describe.each(EXPORT_FORMATS)('runExport with the %s writer', (format) => {
  it('gives byte-identical files and manifest twice, and accounts for every draft', async () => {
    const filters: ExportFilters = { includeAll: true };
    const first = await exportAs(format, filters);
    const second = await exportAs(format, filters);
    expect(manifestJson(second.manifest)).toBe(manifestJson(first.manifest));
    const extension = createFormatWriter(format).extension;
    expect([...first.files.keys()].sort()).toEqual([`test.${extension}`, `train.${extension}`]);
    for (const [name, bytes] of first.files) {
      expect(second.files.get(name)?.equals(bytes)).toBe(true);
    }
    const { counts, excluded } = first.manifest;
    const left = Object.values(excluded).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(counts.records + left).toBe(24); // each draft written or counted out, once
    expect((counts.bySplit?.train ?? 0) + (counts.bySplit?.test ?? 0)).toBe(counts.records);
  });
});

describe('what reaches each format', () => {
  it('the full-record formats take every draft when asked for everything', async () => {
    for (const format of ['loupe', 'csv', 'parquet'] as const) {
      expect((await exportAs(format, { includeAll: true })).manifest.counts.records).toBe(24);
      expect((await exportAs(format, {})).manifest.counts.records).toBe(12); // gold only
    }
  });

  it('KTO writes the escalations that say the draft is wrong, and only those', async () => {
    const { manifest } = await exportAs('kto', {});
    expect(manifest.counts.byDecision).toMatchObject({
      approved: 4,
      edited: 4,
      rejected: 4,
      escalated: 4, // factual-error
    });
    expect(manifest.excluded).toMatchObject({ escalated: 4, skipped: 4 }); // "unsure"
  });

  it('preference pairs come from edits only', async () => {
    for (const format of ['trl', 'dpo'] as const) {
      const { manifest } = await exportAs(format, {});
      expect(manifest.counts.byDecision).toMatchObject({ approved: 0, edited: 4, rejected: 0 });
    }
  });
});
