/** A file's byte stream as chunks: read whole, or stopped early with its source told to close. */
import { describe, expect, it } from 'vitest';
import { streamChunks } from '../../../renderer/import/stream-chunks';
import { byteStream } from '../stores/import/import-support';

const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);

describe('reading a stream as chunks', () => {
  it('yields every chunk in order and leaves a stream read to the end uncancelled', async () => {
    const { stream, record } = byteStream(bytes, 4);
    const chunks: number[][] = [];
    for await (const chunk of streamChunks(stream)) {
      chunks.push([...chunk]);
    }
    expect(chunks).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    expect(record.cancel).not.toHaveBeenCalled();
    // The reader's lock is released: the stream can be handed on.
    expect(stream.locked).toBe(false);
  });

  it('cancels the stream when the reader stops early', async () => {
    const { stream, record } = byteStream(bytes, 4);
    for await (const chunk of streamChunks(stream)) {
      expect([...chunk]).toEqual([0, 1, 2, 3]);
      break;
    }
    expect(record.cancel).toHaveBeenCalledTimes(1);
    expect(record.bytesPulled).toBe(4);
    expect(stream.locked).toBe(false);
  });

  it('cancels the stream when the reader fails part-way', async () => {
    const { stream, record } = byteStream(bytes, 4);
    const consume = async () => {
      for await (const _chunk of streamChunks(stream)) {
        throw new Error('the parser gave up');
      }
    };
    await expect(consume()).rejects.toThrow('the parser gave up');
    expect(record.cancel).toHaveBeenCalledTimes(1);
  });
});
