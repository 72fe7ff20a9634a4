import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_BYTES } from '../../../shared/ipc/contract';
import { FileReadRegistry, MAX_REMEMBERED_PICKS } from '../../../electron/handlers/file-reads';
import { makeTempDir, patternBytes } from '../support/temp-dir';

const OWNER = 1;

async function fileWith(bytes: Uint8Array, name = 'drafts.jsonl'): Promise<string> {
  const filePath = path.join(await makeTempDir(), name);
  await fs.writeFile(filePath, bytes);
  return filePath;
}

async function readAll(
  reads: FileReadRegistry,
  fileId: string,
  maxBytes?: number,
): Promise<{ bytes: Buffer; chunks: number[] }> {
  const parts: Uint8Array[] = [];
  const chunks: number[] = [];
  for (;;) {
    const { bytes, done } = await reads.readChunk(OWNER, fileId, maxBytes);
    parts.push(bytes);
    chunks.push(bytes.byteLength);
    if (done) {
      return { bytes: Buffer.concat(parts), chunks };
    }
  }
}

describe('FileReadRegistry', () => {
  it('streams a multi-MB file in chunks that add up to the original', async () => {
    const original = patternBytes(5 * 1024 * 1024 + 123);
    const reads = new FileReadRegistry();
    const opened = await reads.open(OWNER, await fileWith(original));
    expect(opened).toMatchObject({ name: 'drafts.jsonl', size: original.byteLength });
    expect(opened.fileId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    const { bytes, chunks } = await readAll(reads, opened.fileId);
    expect(bytes.equals(Buffer.from(original))).toBe(true);
    expect(Math.max(...chunks)).toBe(MAX_CHUNK_BYTES);
    expect(chunks).toHaveLength(6);
    expect(reads.size).toBe(0);
  });

  it('honours a smaller maxBytes and never exceeds MAX_CHUNK_BYTES', async () => {
    const original = patternBytes(10_000);
    const reads = new FileReadRegistry();
    const { fileId } = await reads.open(OWNER, await fileWith(original));
    const { bytes, chunks } = await readAll(reads, fileId, 4096);
    expect(chunks).toEqual([4096, 4096, 1808]);
    expect(bytes.equals(Buffer.from(original))).toBe(true);

    const big = new FileReadRegistry();
    const second = await big.open(OWNER, await fileWith(patternBytes(MAX_CHUNK_BYTES + 5)));
    const first = await big.readChunk(OWNER, second.fileId, MAX_CHUNK_BYTES * 4);
    expect(first.bytes.byteLength).toBe(MAX_CHUNK_BYTES);
  });

  it('says done on the last chunk when the size is an exact multiple, and closes', async () => {
    const reads = new FileReadRegistry();
    const { fileId } = await reads.open(OWNER, await fileWith(patternBytes(8192)));
    expect((await reads.readChunk(OWNER, fileId, 4096)).done).toBe(false);
    expect((await reads.readChunk(OWNER, fileId, 4096)).done).toBe(true);
    await expect(reads.readChunk(OWNER, fileId)).rejects.toThrow('unknown or closed file handle');
  });

  it('reads an empty file as one empty, done chunk', async () => {
    const reads = new FileReadRegistry();
    const { fileId, size } = await reads.open(OWNER, await fileWith(new Uint8Array(0)));
    expect(size).toBe(0);
    const chunk = await reads.readChunk(OWNER, fileId);
    expect(chunk.done).toBe(true);
    expect(chunk.bytes.byteLength).toBe(0);
  });

  it('keeps concurrent reads in order', async () => {
    const original = patternBytes(40_000);
    const reads = new FileReadRegistry();
    const { fileId } = await reads.open(OWNER, await fileWith(original));
    const results = await Promise.all(
      Array.from({ length: 4 }, () => reads.readChunk(OWNER, fileId, 10_000)),
    );
    expect(Buffer.concat(results.map((r) => r.bytes)).equals(Buffer.from(original))).toBe(true);
    expect(results.map((r) => r.done)).toEqual([false, false, false, true]);
  });

  it('does not let another window read a handle, or learn that it exists', async () => {
    const reads = new FileReadRegistry();
    const { fileId } = await reads.open(OWNER, await fileWith(patternBytes(100)));
    await expect(reads.readChunk(2, fileId)).rejects.toThrow('unknown or closed file handle');
    await reads.close(2, fileId);
    expect(reads.size).toBe(1);
  });

  it('closes all handles of a window that went away', async () => {
    const reads = new FileReadRegistry();
    const file = await fileWith(patternBytes(100));
    await reads.open(OWNER, file);
    await reads.open(OWNER, file);
    const other = await reads.open(2, file);
    await reads.closeAllOwnedBy(OWNER);
    expect(reads.size).toBe(1);
    expect((await reads.readChunk(2, other.fileId)).done).toBe(true);
  });

  it('refuses a folder and a missing file, leaving nothing open', async () => {
    const reads = new FileReadRegistry();
    await expect(reads.open(OWNER, await makeTempDir())).rejects.toThrow(/not a regular file/);
    await expect(reads.open(OWNER, '/definitely/not/here.csv')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(reads.size).toBe(0);
  });

  it('closing twice, or closing an unknown id, is harmless', async () => {
    const reads = new FileReadRegistry();
    const { fileId } = await reads.open(OWNER, await fileWith(patternBytes(10)));
    await reads.close(OWNER, fileId);
    await reads.close(OWNER, fileId);
    await reads.close(OWNER, 'never-existed');
    expect(reads.size).toBe(0);
  });

  describe('reopen', () => {
    it('reads a picked file again from the start, under a new id, after it was read to the end', async () => {
      const original = patternBytes(3 * 1024 * 1024 + 17);
      const reads = new FileReadRegistry();
      const picked = await reads.open(OWNER, await fileWith(original));
      await readAll(reads, picked.fileId);
      expect(reads.size).toBe(0);

      const again = await reads.reopen(OWNER, picked.fileId);
      expect(again).toMatchObject({ name: 'drafts.jsonl', size: original.byteLength });
      expect(again.fileId).not.toBe(picked.fileId);
      expect((await readAll(reads, again.fileId)).bytes.equals(Buffer.from(original))).toBe(true);

      // As often as the caller needs: a third pass reads the same bytes once more.
      const third = await reads.reopen(OWNER, picked.fileId);
      expect((await readAll(reads, third.fileId)).bytes.equals(Buffer.from(original))).toBe(true);
      expect(reads.size).toBe(0);
    });

    it('reopens a pick whose reader stopped early, while its old handle stays closed', async () => {
      const reads = new FileReadRegistry();
      const picked = await reads.open(OWNER, await fileWith(patternBytes(10_000)));
      await reads.readChunk(OWNER, picked.fileId, 4096);
      await reads.close(OWNER, picked.fileId);

      const again = await reads.reopen(OWNER, picked.fileId);
      expect(
        (await readAll(reads, again.fileId)).bytes.equals(Buffer.from(patternBytes(10_000))),
      ).toBe(true);
      await expect(reads.readChunk(OWNER, picked.fileId)).rejects.toThrow(
        'unknown or closed file handle',
      );
    });

    it('reads the size again at the moment of reopening', async () => {
      const reads = new FileReadRegistry();
      const filePath = await fileWith(patternBytes(100));
      const picked = await reads.open(OWNER, filePath);
      await fs.appendFile(filePath, patternBytes(50));

      const again = await reads.reopen(OWNER, picked.fileId);
      expect(again.size).toBe(150);
      expect((await readAll(reads, again.fileId)).bytes.byteLength).toBe(150);
      await reads.close(OWNER, picked.fileId);
    });

    it("refuses another window's pick exactly like an unknown id, opening nothing", async () => {
      const reads = new FileReadRegistry();
      const picked = await reads.open(OWNER, await fileWith(patternBytes(100)));
      await readAll(reads, picked.fileId);

      const unknown = await reads.reopen(OWNER, 'never-picked-id').catch((error: Error) => error);
      const foreign = await reads.reopen(2, picked.fileId).catch((error: Error) => error);
      expect(unknown).toBeInstanceOf(Error);
      expect(foreign).toEqual(unknown);
      expect((foreign as Error).message).toBe('unknown picked file');
      expect(reads.size).toBe(0);
    });

    it('reopens picks only: the id of a reopened handle names no pick', async () => {
      const reads = new FileReadRegistry();
      const picked = await reads.open(OWNER, await fileWith(patternBytes(10)));
      const again = await reads.reopen(OWNER, picked.fileId);
      await expect(reads.reopen(OWNER, again.fileId)).rejects.toThrow('unknown picked file');
      expect(reads.rememberedPicks(OWNER)).toBe(1);
      await reads.closeAllOwnedBy(OWNER);
    });

    it('forgets the picks of a window that went away, and only those', async () => {
      const reads = new FileReadRegistry();
      const file = await fileWith(patternBytes(100));
      const mine = await reads.open(OWNER, file);
      await readAll(reads, mine.fileId);
      const theirs = await reads.open(2, file);

      await reads.closeAllOwnedBy(OWNER);

      expect(reads.rememberedPicks(OWNER)).toBe(0);
      await expect(reads.reopen(OWNER, mine.fileId)).rejects.toThrow('unknown picked file');
      const again = await reads.reopen(2, theirs.fileId);
      expect(again.size).toBe(100);
      await reads.closeAllOwnedBy(2);
      expect(reads.size).toBe(0);
    });

    it('closes a reopened handle whose window went away while it was opening', async () => {
      const reads = new FileReadRegistry();
      const picked = await reads.open(OWNER, await fileWith(patternBytes(100)));
      await readAll(reads, picked.fileId);

      const reopening = reads.reopen(OWNER, picked.fileId);
      await reads.closeAllOwnedBy(OWNER);

      await expect(reopening).rejects.toThrow('unknown picked file');
      expect(reads.size).toBe(0);
    });

    it(`remembers only the last ${MAX_REMEMBERED_PICKS} picks of a window`, async () => {
      const reads = new FileReadRegistry();
      const file = await fileWith(patternBytes(10));
      const pickOnce = async (ownerId = OWNER) => {
        const { fileId } = await reads.open(ownerId, file);
        await reads.close(ownerId, fileId);
        return fileId;
      };
      const otherWindow = await pickOnce(2);
      const picks: string[] = [];
      for (let i = 0; i < MAX_REMEMBERED_PICKS + 1; i += 1) {
        picks.push(await pickOnce());
      }

      expect(reads.rememberedPicks(OWNER)).toBe(MAX_REMEMBERED_PICKS);
      await expect(reads.reopen(OWNER, picks[0]!)).rejects.toThrow('unknown picked file');
      // Reopening makes a pick the most recent: the next pick pushes out another one.
      const second = await reads.reopen(OWNER, picks[1]!);
      await reads.close(OWNER, second.fileId);
      await pickOnce();
      await expect(reads.reopen(OWNER, picks[2]!)).rejects.toThrow('unknown picked file');
      const kept = await reads.reopen(OWNER, picks[1]!);
      await reads.close(OWNER, kept.fileId);
      // One window's picks never push out another's.
      const theirs = await reads.reopen(2, otherWindow);
      await reads.close(2, theirs.fileId);
      expect(reads.rememberedPicks(OWNER)).toBe(MAX_REMEMBERED_PICKS);
      expect(reads.size).toBe(0);
    });
  });
});
