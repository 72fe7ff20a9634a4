import { describe, expect, it } from 'vitest';
import { createChunkBatcher } from '../../../shared/export/chunk-batcher';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('createChunkBatcher', () => {
  it('sends a file’s bytes in order, a batch once it is full, the rest when drained', () => {
    const batcher = createChunkBatcher(4);
    expect(batcher.add('train.jsonl', bytes(1, 2))).toBeUndefined();
    expect(batcher.add('test.jsonl', bytes(9))).toBeUndefined();
    expect(batcher.add('train.jsonl', bytes(3, 4, 5))).toEqual(bytes(1, 2, 3, 4, 5));
    expect(batcher.add('train.jsonl', bytes(6))).toBeUndefined();
    expect(batcher.add('empty.jsonl', bytes())).toBeUndefined();
    expect(batcher.drain()).toEqual([
      ['train.jsonl', bytes(6)],
      ['test.jsonl', bytes(9)],
      ['empty.jsonl', bytes()],
    ]);
  });

  it('copies what it keeps: the writer may reuse its buffer', () => {
    const batcher = createChunkBatcher(100);
    const chunk = bytes(7, 8);
    batcher.add('data.csv', chunk);
    chunk.fill(0);
    expect(batcher.drain()).toEqual([['data.csv', bytes(7, 8)]]);
  });

  it('passes a whole batch on uncopied when nothing of its file waits, and keeps order otherwise', () => {
    const batcher = createChunkBatcher(4);
    const big = bytes(1, 2, 3, 4, 5);
    expect(batcher.add('data.jsonl', big)).toBe(big);
    expect(batcher.add('data.jsonl', bytes(6))).toBeUndefined();
    // Something waits: the big chunk joins it, after it.
    expect(batcher.add('data.jsonl', bytes(7, 8, 9, 10))).toEqual(bytes(6, 7, 8, 9, 10));
    expect(batcher.drain()).toEqual([['data.jsonl', bytes()]]);
  });
});
