import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packChunks } from '../../../renderer/platform/chunk-packer';

async function* fromArray(items: readonly (Uint8Array | string)[]) {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('packChunks', () => {
  it('keeps every byte in order and never exceeds the limit', async () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.uint8Array({ maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }),
        fc.integer({ min: 1, max: 50 }),
        async (pieces, max) => {
          const out: Uint8Array[] = [];
          for await (const chunk of packChunks(fromArray(pieces), max)) {
            out.push(new Uint8Array(chunk));
          }
          const encoder = new TextEncoder();
          const expected = pieces.flatMap((p) =>
            Array.from(typeof p === 'string' ? encoder.encode(p) : p),
          );
          expect(out.flatMap((chunk) => Array.from(chunk))).toEqual(expected);
          expect(out.every((chunk) => chunk.byteLength > 0 && chunk.byteLength <= max)).toBe(true);
          // Only the last chunk may be short: nothing wastes a round trip.
          expect(out.slice(0, -1).every((chunk) => chunk.byteLength === max)).toBe(true);
        },
      ),
    );
  });
});
