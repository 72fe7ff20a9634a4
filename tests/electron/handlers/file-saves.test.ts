import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSaveRegistry, partialPathFor } from '../../../electron/handlers/file-saves';
import { makeTempDir, patternBytes } from '../support/temp-dir';

const OWNER = 1;

describe('FileSaveRegistry', () => {
  it('writes chunks to a hidden partial file, then renames it over the target', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'feedback.jsonl');
    const saves = new FileSaveRegistry();
    const saveId = await saves.begin(OWNER, target);
    const data = patternBytes(3 * 1024 * 1024 + 17);
    for (let offset = 0; offset < data.byteLength; offset += 1024 * 1024) {
      await saves.writeChunk(OWNER, saveId, data.subarray(offset, offset + 1024 * 1024));
    }
    // Before save-end the target does not exist; only the partial file does.
    expect(await fs.readdir(dir)).toEqual([path.basename(partialPathFor(target, saveId))]);
    expect(path.basename(partialPathFor(target, saveId))).toBe(
      `.feedback.jsonl.loupe-partial-${saveId}`,
    );

    expect(await saves.end(OWNER, saveId)).toBe(data.byteLength);
    expect(await fs.readdir(dir)).toEqual(['feedback.jsonl']);
    expect((await fs.readFile(target)).equals(Buffer.from(data))).toBe(true);
    expect(saves.size).toBe(0);
  });

  it('leaves an existing file untouched until the save ends, then replaces it whole', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'stats.csv');
    await fs.writeFile(target, 'old contents');
    const saves = new FileSaveRegistry();
    const saveId = await saves.begin(OWNER, target);
    await saves.writeChunk(OWNER, saveId, new TextEncoder().encode('new'));
    expect(await fs.readFile(target, 'utf8')).toBe('old contents');
    await saves.end(OWNER, saveId);
    expect(await fs.readFile(target, 'utf8')).toBe('new');
  });

  it('abort leaves nothing behind and keeps the old file', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'stats.csv');
    await fs.writeFile(target, 'old contents');
    const saves = new FileSaveRegistry();
    const saveId = await saves.begin(OWNER, target);
    await saves.writeChunk(OWNER, saveId, patternBytes(5000));
    await saves.abort(OWNER, saveId);
    expect(await fs.readdir(dir)).toEqual(['stats.csv']);
    expect(await fs.readFile(target, 'utf8')).toBe('old contents');
    await expect(saves.writeChunk(OWNER, saveId, patternBytes(1))).rejects.toThrow(
      'unknown or finished save',
    );
    await saves.abort(OWNER, saveId);
  });

  it('keeps concurrent chunk writes in order', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'x.bin');
    const saves = new FileSaveRegistry();
    const saveId = await saves.begin(OWNER, target);
    const parts = [1, 2, 3, 4, 5].map((n) => new Uint8Array(1000).fill(n));
    await Promise.all(parts.map((part) => saves.writeChunk(OWNER, saveId, part)));
    await saves.end(OWNER, saveId);
    expect((await fs.readFile(target)).equals(Buffer.concat(parts))).toBe(true);
  });

  it('refuses another window’s save and aborts all saves of a window that went away', async () => {
    const dir = await makeTempDir();
    const saves = new FileSaveRegistry();
    const mine = await saves.begin(OWNER, path.join(dir, 'a.csv'));
    const theirs = await saves.begin(2, path.join(dir, 'b.csv'));
    await expect(saves.writeChunk(2, mine, patternBytes(1))).rejects.toThrow(
      'unknown or finished save',
    );
    await expect(saves.end(2, mine)).rejects.toThrow('unknown or finished save');
    await saves.abortAllOwnedBy(OWNER);
    expect(saves.size).toBe(1);
    expect((await fs.readdir(dir)).some((name) => name.includes(mine))).toBe(false);
    await saves.end(2, theirs);
    expect(await fs.readdir(dir)).toEqual(['b.csv']);
  });

  it('cleans up the partial file when the final rename fails', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'taken');
    await fs.mkdir(path.join(target, 'child'), { recursive: true });
    const saves = new FileSaveRegistry();
    const saveId = await saves.begin(OWNER, target);
    await saves.writeChunk(OWNER, saveId, patternBytes(10));
    await expect(saves.end(OWNER, saveId)).rejects.toBeDefined();
    expect(await fs.readdir(dir)).toEqual(['taken']);
    expect(saves.size).toBe(0);
  });

  it('fails cleanly when the target folder does not exist', async () => {
    const saves = new FileSaveRegistry();
    await expect(
      saves.begin(OWNER, path.join(await makeTempDir(), 'missing', 'x.csv')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(saves.size).toBe(0);
  });
});
