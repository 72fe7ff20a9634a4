import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextBatch } from '../../../../shared/export/formats/text-batch';

const decode = (parts: readonly Uint8Array[]) => Buffer.concat(parts).toString('utf8');

/** Feeds `lines` through a batch of `size` bytes, keeping every batch handed out. */
function run(lines: readonly string[], size: number) {
  const batch = createTextBatch(size);
  const out: Uint8Array[] = [];
  for (const line of lines) {
    out.push(...batch.add(line));
  }
  out.push(...batch.flush());
  return out;
}

describe('text batches', () => {
  it('gives back the same UTF-8 as one encode, CJK, emoji and lone surrogates alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 })),
        fc.integer({ min: 8, max: 200 }),
        (lines, size) => {
          expect(decode(run(lines, size))).toBe(lines.join(''));
        },
      ),
    );
    const lines = ['退款 NT$1,280\n', '👩‍👩‍👧 family\n', 'x'.repeat(100), '\n'];
    expect(decode(run(lines, 16))).toBe(lines.join(''));
  });

  it('hands out batches no later line writes into', () => {
    // Room is kept for the worst case, 3 bytes a code unit: 10 + 30 fits in 40, 20 + 30 does not.
    const batch = createTextBatch(40);
    const handed = [
      ...batch.add('a'.repeat(10)),
      ...batch.add('b'.repeat(10)),
      ...batch.add('c'.repeat(10)),
    ];
    expect(handed).toHaveLength(1);
    const copy = Buffer.from(handed[0]!).toString('utf8');
    batch.add('d'.repeat(10));
    batch.flush();
    expect(Buffer.from(handed[0]!).toString('utf8')).toBe(copy);
    expect(copy).toBe('a'.repeat(10) + 'b'.repeat(10));
  });

  it('sends a line longer than a batch on its own, after what came before', () => {
    const batch = createTextBatch(12);
    expect(batch.add('ab')).toEqual([]);
    const out = batch.add('長'.repeat(10));
    expect(out.map((part) => Buffer.from(part).toString('utf8'))).toEqual(['ab', '長'.repeat(10)]);
    expect(batch.flush()).toEqual([]);
  });
});
