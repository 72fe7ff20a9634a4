/**
 * The app's export over a real (fake-indexeddb) store, written into an in-memory folder: the
 * files, the manifest, byte-identical twice, nothing left behind on cancel or failure.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoupeDatabase } from '../../../../renderer/db/loupe-database';
import type { ExportFolder } from '../../../../renderer/platform/bridge';
import { pageEngine } from '../../../../renderer/stores/export/export-engine';
import type { StoreExportRequest } from '../../../../renderer/stores/export/run-store-export';
import { writeExportToFolder } from '../../../../renderer/stores/export/write-export-folder';
import { deleteTestDatabase, uniqueDatabaseName } from '../../db/migration-harness';
import { seedReviewedStore } from './export-fixture';

let name: string;
let db: LoupeDatabase;

beforeEach(async () => {
  name = uniqueDatabaseName();
  db = new LoupeDatabase({ name });
  await db.open();
  await seedReviewedStore(db);
});

afterEach(async () => {
  db.close();
  await deleteTestDatabase(name);
});

/** A folder in memory: finished files by name; `open` lists files begun and not ended. */
function memoryFolder(failOn?: string) {
  const files = new Map<string, Uint8Array>();
  const open = new Set<string>();
  const order: string[] = [];
  const folder: ExportFolder = {
    kind: 'folder',
    name: 'exports',
    createFile(fileName) {
      const parts: Uint8Array[] = [];
      open.add(fileName);
      return Promise.resolve({
        write(chunk) {
          if (fileName === failOn) {
            return Promise.reject(new Error('disk full'));
          }
          parts.push(chunk.slice());
          return Promise.resolve();
        },
        close() {
          open.delete(fileName);
          const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
          let offset = 0;
          for (const part of parts) {
            bytes.set(part, offset);
            offset += part.byteLength;
          }
          files.set(fileName, bytes);
          order.push(fileName);
          return Promise.resolve({ bytesWritten: bytes.byteLength });
        },
        abort() {
          open.delete(fileName);
          return Promise.resolve();
        },
      });
    },
  };
  return { folder, files, open, order };
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function sha256Hex(bytes: Uint8Array) {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const request = (overrides: Partial<StoreExportRequest> = {}): StoreExportRequest => ({
  format: 'loupe',
  filters: { projects: ['support'] },
  appVersion: '0.1.0-test',
  ...overrides,
});

describe('export into a folder', () => {
  it('writes the data file, then manifest.json last, with sizes and SHA-256 that match', async () => {
    const target = memoryFolder();
    const { manifest, files } = await writeExportToFolder(pageEngine(db), request(), target.folder);
    expect(target.order).toEqual(['data.jsonl', 'manifest.json']);
    expect(files.map((file) => file.name)).toEqual(['data.jsonl', 'manifest.json']);
    const lines = text(target.files.get('data.jsonl')).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual([
      'a1',
      'a2',
      'e1',
    ]);
    const data = target.files.get('data.jsonl') ?? new Uint8Array();
    const written = JSON.parse(text(target.files.get('manifest.json'))) as typeof manifest;
    expect(written).toEqual(manifest);
    expect(written.files).toEqual([
      { name: 'data.jsonl', bytes: data.byteLength, sha256: await sha256Hex(data) },
    ]);
    expect(written.counts.byDecision).toMatchObject({ approved: 2, edited: 1 });
    expect(written.excluded).toMatchObject({ escalated: 1, pending: 2 });
    expect(written.source).toEqual({
      kind: 'local',
      snapshot: expect.stringContaining('4 decision events') as string,
    });
    // Reviewer names the store knows: the local reviewer's own.
    expect(lines[0]).toContain('"name":"安娜"');
  });

  it('gives byte-identical files when the same data is exported twice', async () => {
    // Parquet is checked in Chromium (tests/e2e/export.e2e.ts): hyparquet-writer refuses jsdom's
    // TextEncoder output, a Uint8Array of another realm (TOOLCHAIN.md).
    for (const format of ['dpo', 'csv', 'kto', 'loupe'] as const) {
      const split = { testRatio: 0.5, salt: 'loupe' };
      const first = memoryFolder();
      const second = memoryFolder();
      await writeExportToFolder(pageEngine(db), request({ format, split }), first.folder);
      await writeExportToFolder(pageEngine(db), request({ format, split }), second.folder);
      expect([...first.files.keys()].sort()).toEqual([...second.files.keys()].sort());
      for (const [fileName, bytes] of first.files) {
        expect(second.files.get(fileName), `${format} ${fileName}`).toEqual(bytes);
      }
    }
  });

  it('splits into train and test, and the manifest counts each', async () => {
    const target = memoryFolder();
    const { manifest } = await writeExportToFolder(
      pageEngine(db),
      request({ split: { testRatio: 0.5, salt: 's' } }),
      target.folder,
    );
    expect([...target.files.keys()].sort()).toEqual(['manifest.json', 'test.jsonl', 'train.jsonl']);
    expect((manifest.counts.bySplit?.train ?? 0) + (manifest.counts.bySplit?.test ?? 0)).toBe(3);
  });

  it('a canceled export leaves no file, not even a finished data file without its manifest', async () => {
    const target = memoryFolder();
    const controller = new AbortController();
    const run = writeExportToFolder(pageEngine(db), request(), target.folder, {
      signal: controller.signal,
      onProgress: (rows) => {
        if (rows === 2) {
          controller.abort(new DOMException('Export canceled', 'AbortError'));
        }
      },
    });
    await expect(run).rejects.toThrow('Export canceled');
    expect(target.files.size).toBe(0);
    expect(target.open.size).toBe(0);
  });

  it('a failed write says which file and why, and leaves nothing half-written', async () => {
    const target = memoryFolder('data.jsonl');
    await expect(writeExportToFolder(pageEngine(db), request(), target.folder)).rejects.toThrow(
      'data.jsonl: disk full',
    );
    expect(target.files.size).toBe(0);
    expect(target.open.size).toBe(0);
  });
});
