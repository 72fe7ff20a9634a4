import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportItem } from '../../../shared/export/run-export';
import { runExport } from '../../../shared/export/run-export';
import { manifestJson } from '../../../shared/export/manifest';
import { jsonlTestWriter } from './support/jsonl-test-writer';
import { exportToMemory } from './support/export-run';
import { approve, at, draft, edit, escalate, project, skip } from './support/records';

/** Five drafts of project-1, in export order: approved, edited, escalated, pending, skipped. */
function items(): ExportItem[] {
  return [
    { draft: draft('a-approved'), events: [at(approve('A1'), { guidelinesVersion: 2 })], project },
    {
      draft: draft('b-edited', { draft: 'kitten' }),
      events: [at(edit('A1', 'sitting'), { guidelinesVersion: 3 })],
      project,
    },
    { draft: draft('c-escalated'), events: [escalate('A1')], project },
    { draft: draft('d-pending'), events: [], project },
    { draft: draft('e-skipped'), events: [skip('A1')], project },
  ];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('runExport, unsplit', () => {
  it('writes gold records to data.<ext> and counts what it left out and why', async () => {
    const run = await exportToMemory({ items: items(), filters: {} });
    expect(run.lines('data.jsonl').map((line) => [line.id, line.decision, line.gold])).toEqual([
      ['a-approved', 'approved', true],
      ['b-edited', 'edited', true],
    ]);
    expect(run.manifest.counts).toEqual({
      records: 2,
      byDecision: expect.objectContaining({ approved: 1, edited: 1, escalated: 0 }) as object,
    });
    expect(run.manifest.excluded).toEqual({
      escalated: 1,
      disputed: 0,
      pending: 1,
      skipped: 1,
      'not-applicable': 0,
    });
    expect(run.manifest.guidelinesVersions).toEqual([2, 3]);
    expect(run.manifest.format).toBe('loupe');
  });

  it('gives the size and SHA-256 of exactly the bytes the sink received', async () => {
    const run = await exportToMemory({ items: items(), filters: {} });
    const bytes = run.files.get('data.jsonl') ?? new Uint8Array();
    expect(run.manifest.files).toEqual([
      { name: 'data.jsonl', bytes: bytes.byteLength, sha256: sha256(bytes) },
    ]);
  });

  it('gives the same digest with a caller’s native SHA-256 (Node’s createHash)', async () => {
    const pure = await exportToMemory({ items: items(), filters: {} });
    const native = await exportToMemory({
      items: items(),
      filters: {},
      createSha256: () => createHash('sha256'),
    });
    expect(native.manifest).toEqual(pure.manifest);
  });

  it('adds the records that are not gold, flagged, when asked and the format can', async () => {
    const run = await exportToMemory({ items: items(), filters: { includeAll: true } });
    expect(run.lines('data.jsonl').map((line) => [line.decision, line.gold])).toEqual([
      ['approved', true],
      ['edited', true],
      ['escalated', false],
      ['pending', false],
      ['skipped', false],
    ]);
    expect(run.manifest.counts.records).toBe(5);
    expect(run.manifest.excluded).toMatchObject({ escalated: 0, pending: 0, skipped: 0 });
  });

  it('ignores includeAll for a format that cannot carry records that are not gold', async () => {
    const run = await exportToMemory({
      items: items(),
      filters: { includeAll: true },
      writer: { format: 'trl', pairsOnly: true },
    });
    expect(run.lines('data.jsonl').map((line) => line.id)).toEqual(['b-edited']);
    expect(run.manifest.excluded).toMatchObject({
      escalated: 1,
      pending: 1,
      skipped: 1,
      'not-applicable': 1, // the approval has no pair
    });
    expect(run.manifest.counts.byDecision.approved).toBe(0);
  });

  it('hands escalations to a KTO writer (it judges their reason), nothing else not gold', async () => {
    const run = await exportToMemory({ items: items(), filters: {}, writer: { format: 'kto' } });
    expect(run.lines('data.jsonl').map((line) => line.decision)).toEqual([
      'approved',
      'edited',
      'escalated',
    ]);
    expect(run.manifest.excluded).toMatchObject({ escalated: 0, pending: 1, skipped: 1 });
  });

  it('applies the filters, counting what they left out only when asked', async () => {
    const filters = { decisions: ['edited' as const], includeAll: true };
    const quiet = await exportToMemory({ items: items(), filters });
    expect(quiet.lines('data.jsonl').map((line) => line.id)).toEqual(['b-edited']);
    expect(quiet.manifest.excluded).not.toHaveProperty('filtered');
    const counted = await exportToMemory({ items: items(), filters, countFiltered: true });
    expect(counted.manifest.excluded).toMatchObject({ filtered: 4 });
  });

  it('passes the bytes a buffering writer keeps until finish', async () => {
    const run = await exportToMemory({ items: items(), filters: {}, writer: { buffered: true } });
    expect(run.lines('data.jsonl')).toHaveLength(2);
  });

  it('hands an empty file to the sink once, so it is created', async () => {
    const run = await exportToMemory({ items: [], filters: {} });
    expect(run.sinkCalls).toEqual([{ name: 'data.jsonl', bytes: 0 }]);
    expect(run.manifest.files).toEqual([
      { name: 'data.jsonl', bytes: 0, sha256: sha256(new Uint8Array()) },
    ]);
  });
});

describe('runExport, split', () => {
  it('writes train.<ext> and test.<ext>, each record marked with its split', async () => {
    const many: ExportItem[] = Array.from({ length: 40 }, (_, i) => ({
      draft: draft(`d${String(i).padStart(2, '0')}`),
      events: [approve('A1')],
      project,
    }));
    const run = await exportToMemory({
      items: many,
      filters: {},
      split: { testRatio: 0.3, salt: 'v1' },
    });
    const train = run.lines('train.jsonl');
    const test = run.lines('test.jsonl');
    expect(train.length + test.length).toBe(40);
    expect(train.every((line) => line.split === 'train')).toBe(true);
    expect(test.every((line) => line.split === 'test')).toBe(true);
    expect(test.length).toBeGreaterThan(0);
    expect(run.manifest.counts.bySplit).toEqual({ train: train.length, test: test.length });
    expect(run.manifest.files.map((file) => file.name)).toEqual(['test.jsonl', 'train.jsonl']);
    expect(run.manifest.split).toMatchObject({ salt: 'v1', testRatio: 0.3 });
  });

  it('keeps every earlier draft in its split when the set grows', async () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(ids, ids, async (first, more) => {
        const asItems = (list: string[]) =>
          [...new Set(list)]
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            .map((id) => ({ draft: draft(id), events: [approve('A1')], project }));
        const splitsOf = async (list: string[]) => {
          const run = await exportToMemory({
            items: asItems(list),
            filters: {},
            split: { testRatio: 0.5, salt: 's' },
          });
          return new Map(
            [...run.lines('train.jsonl'), ...run.lines('test.jsonl')].map((line) => [
              line.id,
              line.split,
            ]),
          );
        };
        const before = await splitsOf(first);
        const after = await splitsOf([...first, ...more]);
        for (const [id, split] of before) {
          expect(after.get(id)).toBe(split);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a ratio outside 0–1 before writing anything', async () => {
    await expect(
      exportToMemory({ items: items(), filters: {}, split: { testRatio: 2, salt: '' } }),
    ).rejects.toThrow(/from 0 to 1/);
  });
});

describe('runExport, reproducibility', () => {
  it('gives byte-identical files and manifest for the same data and filters', async () => {
    const run = () =>
      exportToMemory({
        items: items(),
        filters: { includeAll: true, decisions: ['edited', 'approved', 'skipped'] },
        split: { testRatio: 0.5, salt: 'x' },
      });
    const [a, b] = [await run(), await run()];
    expect(manifestJson(b.manifest)).toBe(manifestJson(a.manifest));
    expect([...b.files.keys()]).toEqual([...a.files.keys()]);
    for (const [name, bytes] of a.files) {
      expect(Buffer.from(b.files.get(name) ?? []).equals(Buffer.from(bytes))).toBe(true);
    }
  });
});

describe('runExport, streaming', () => {
  it('hands each record on before reading the next draft', async () => {
    const seen: string[] = [];
    async function* slowly() {
      for (const item of items().slice(0, 2)) {
        yield item;
        await Promise.resolve();
      }
    }
    let linesAtRead = -1;
    async function* watching() {
      for await (const item of slowly()) {
        if (item.draft.id === 'b-edited') {
          linesAtRead = seen.length;
        }
        yield item;
      }
    }
    await runExport({
      items: watching(),
      createWriter: () => jsonlTestWriter(),
      sink: (name) => {
        seen.push(name);
        return Promise.resolve();
      },
      filters: {},
      appVersion: '0.1.0',
      source: { kind: 'local', snapshot: 't' },
    });
    expect(linesAtRead).toBe(1); // the first record's line was out before the second was read
  });

  it('reports progress per draft, with the total when known', async () => {
    const progress: unknown[] = [];
    await exportToMemory({
      items: items().slice(0, 3),
      filters: {},
      total: 3,
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([
      { rows: 1, total: 3 },
      { rows: 2, total: 3 },
      { rows: 3, total: 3 },
    ]);
  });

  it('stops when aborted, with the signal’s reason, writing nothing more', async () => {
    const controller = new AbortController();
    const sunk: number[] = [];
    const run = runExport({
      items: items(),
      createWriter: () => jsonlTestWriter(),
      sink: (_, chunk) => {
        sunk.push(chunk.byteLength);
        controller.abort(new Error('cancelled by the reviewer'));
        return Promise.resolve();
      },
      filters: {},
      appVersion: '0.1.0',
      source: { kind: 'local', snapshot: 't' },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow('cancelled by the reviewer');
    expect(sunk).toHaveLength(1);
  });

  it('refuses an already aborted signal', async () => {
    await expect(
      exportToMemory({ items: items(), filters: {}, signal: AbortSignal.abort() }),
    ).rejects.toThrow(/abort/i);
  });
});

describe('runExport, refused input', () => {
  it('refuses drafts out of export order, or twice', async () => {
    const [a, b] = items();
    await expect(exportToMemory({ items: [b!, a!], filters: {} })).rejects.toThrow(
      /by project id, then draft id.*project-1\/a-approved came after project-1\/b-edited/,
    );
    await expect(exportToMemory({ items: [a!, a!], filters: {} })).rejects.toThrow(/each once/);
  });

  it('refuses a draft paired with another project', async () => {
    const item = { draft: draft('x'), events: [], project: { ...project, id: 'other' } };
    await expect(exportToMemory({ items: [item], filters: {} })).rejects.toThrow(
      /not in project other/,
    );
  });
});
