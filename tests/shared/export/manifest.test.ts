import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countExcluded,
  countWritten,
  createExportTally,
} from '../../../shared/export/export-tally';
import { createFileDigest } from '../../../shared/export/file-digest';
import type { ManifestInput } from '../../../shared/export/manifest';
import { buildManifest, manifestJson } from '../../../shared/export/manifest';
import { buildRecord } from '../../../shared/export/build-record';
import { approve, at, draft, edit, project } from './support/records';

describe('createFileDigest', () => {
  it('gives the SHA-256 and size of the chunks, however the file is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 10 }), (chunks) => {
        const digest = createFileDigest();
        chunks.forEach((chunk) => digest.update(chunk));
        const whole = Buffer.concat(chunks);
        expect(digest.bytes).toBe(whole.length);
        expect(digest.digest()).toEqual({
          bytes: whole.length,
          sha256: createHash('sha256').update(whole).digest('hex'),
        });
      }),
    );
  });

  it('refuses chunks after the digest', () => {
    const digest = createFileDigest();
    digest.digest();
    expect(() => digest.update(new Uint8Array(1))).toThrow(/after digest/);
  });
});

function input(overrides: Partial<ManifestInput> = {}): ManifestInput {
  const tally = createExportTally();
  countWritten(
    tally,
    buildRecord(draft('d1'), [at(approve('A1'), { guidelinesVersion: 3 })], project),
  );
  const editedRecord = buildRecord(
    draft('d2'),
    [at(edit('A1', 'x'), { guidelinesVersion: 1 })],
    project,
  );
  editedRecord.split = 'test';
  countWritten(tally, editedRecord);
  countExcluded(tally, 'escalated');
  countExcluded(tally, 'escalated');
  countExcluded(tally, 'not-applicable');
  return {
    format: 'loupe',
    appVersion: '0.1.0',
    source: { kind: 'hub', seq: 1200, after: 1000 },
    filters: { decisions: ['edited', 'approved'], includeAll: true },
    split: { testRatio: 0.2, salt: 'v1' },
    tally,
    countedFiltered: false,
    files: [
      { name: 'train.jsonl', bytes: 10, sha256: 'b'.repeat(64) },
      { name: 'test.jsonl', bytes: 5, sha256: 'a'.repeat(64) },
    ],
    ...overrides,
  };
}

describe('buildManifest', () => {
  it('writes every part EXPORTS.md §2 asks for, keys in a fixed order', () => {
    const manifest = buildManifest(input());
    expect(manifest).toEqual({
      format: 'loupe',
      schemaVersion: 1,
      appVersion: '0.1.0',
      source: { kind: 'hub', seq: 1200, after: 1000 },
      filters: { decisions: ['approved', 'edited'], includeAll: true },
      query: 'decision=approved&decision=edited&all=true',
      counts: {
        records: 2,
        byDecision: {
          approved: 1,
          edited: 1,
          rejected: 0,
          escalated: 0,
          disputed: 0,
          pending: 0,
          skipped: 0,
        },
        bySplit: { train: 0, test: 1 },
      },
      excluded: { escalated: 2, disputed: 0, pending: 0, skipped: 0, 'not-applicable': 1 },
      guidelinesVersions: [1, 3],
      split: { rule: expect.stringContaining('SHA-256') as string, salt: 'v1', testRatio: 0.2 },
      files: [
        { name: 'test.jsonl', bytes: 5, sha256: 'a'.repeat(64) },
        { name: 'train.jsonl', bytes: 10, sha256: 'b'.repeat(64) },
      ],
    });
    expect(Object.keys(manifest)).toEqual([
      'format',
      'schemaVersion',
      'appVersion',
      'source',
      'filters',
      'query',
      'counts',
      'excluded',
      'guidelinesVersions',
      'split',
      'files',
    ]);
  });

  it('leaves split parts out of an unsplit export, and counts filtered only when asked', () => {
    const unsplit = buildManifest(input({ split: undefined, countedFiltered: true }));
    expect(unsplit).not.toHaveProperty('split');
    expect(unsplit.counts).not.toHaveProperty('bySplit');
    expect(unsplit.excluded).toHaveProperty('filtered', 0);
    expect(buildManifest(input()).excluded).not.toHaveProperty('filtered');
  });

  it('describes a local snapshot as given', () => {
    const manifest = buildManifest(
      input({ source: { kind: 'local', snapshot: '2026-12-01T10:00:00.000Z' } }),
    );
    expect(manifest.source).toEqual({ kind: 'local', snapshot: '2026-12-01T10:00:00.000Z' });
  });

  it('is byte-identical for the same data, whatever order filters and files came in', () => {
    const a = manifestJson(buildManifest(input()));
    const b = manifestJson(
      buildManifest(
        input({
          filters: { includeAll: true, decisions: ['approved', 'edited', 'approved'] },
          source: { after: 1000, seq: 1200, kind: 'hub' },
          files: [...input().files].reverse(),
        }),
      ),
    );
    expect(b).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).toContain('\n  "format": "loupe",\n');
  });
});
