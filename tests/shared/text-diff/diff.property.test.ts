/**
 * Properties of diffTexts and of the Myers core over generated text. Each property also runs
 * against a deliberately broken implementation, to show it can fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiffOp } from '../../../shared/text-diff';
import { diffTexts } from '../../../shared/text-diff';
import { DELETE, diffTokenIds, INSERT } from '../../../shared/text-diff/myers';
import { editedSide, naiveLcs, originalSide } from './support/oracles';

const runs = { numRuns: 400 };

/** Arbitrary text: whole graphemes, raw UTF-16 (lone surrogates included), and edited pairs. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom('a', 'b', ' ', '中', '文', '\r\n', '👍🏽', 'e\u0301', ','),
    maxLength: 40,
  }),
);

/** A text and a light edit of it, so diffs have long equal stretches as in real reviews. */
const edited = fc
  .tuple(text, fc.array(fc.tuple(fc.nat(), fc.nat(3), text), { maxLength: 4 }))
  .map(([base, edits]) => {
    let out = base;
    for (const [at, remove, insert] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert.slice(0, 5) + out.slice(i + remove);
    }
    return [base, out] as const;
  });

const pair = fc.oneof(fc.tuple(text, text), edited);

function reconstructs(diff: (a: string, b: string) => DiffOp[]) {
  return fc.property(pair, ([a, b]) => {
    const ops = diff(a, b);
    expect(originalSide(ops)).toBe(a);
    expect(editedSide(ops)).toBe(b);
    expect(ops.every((op) => op.text !== '')).toBe(true);
    // Merged: never two adjacent ops of one kind, and an insertion never precedes a deletion.
    for (let i = 1; i < ops.length; i += 1) {
      expect(ops[i]?.kind).not.toBe(ops[i - 1]?.kind);
      expect(ops[i - 1]?.kind === 'insert' && ops[i]?.kind === 'delete').toBe(false);
    }
  });
}

describe('diffTexts properties', () => {
  it('reconstructs both sides exactly, with merged non-empty ops', () => {
    fc.assert(reconstructs(diffTexts), runs);
  });

  it('is all-equal on identical texts', () => {
    fc.assert(
      fc.property(text, (a) => {
        const ops = diffTexts(a, a.slice());
        expect(ops.every((op) => op.kind === 'equal')).toBe(true);
        expect(ops.length).toBe(a === '' ? 0 : 1);
      }),
      runs,
    );
  });

  it('the reconstruction property fails for a lossy diff (the property can fail)', () => {
    const lossy = (a: string, b: string): DiffOp[] =>
      diffTexts(a, b).map((op) =>
        op.kind === 'insert' ? { ...op, text: op.text.slice(1) || '?' } : op,
      );
    expect(fc.check(reconstructs(lossy), { seed: 20261128, numRuns: 1000 }).failed).toBe(true);
  });
});

describe('Myers core', () => {
  const ids = fc
    .array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 })
    .map((a) => Int32Array.from(a));

  it('finds a shortest edit script (n + m − 2·LCS edits)', () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const script = diffTokenIds(a, b, { remaining: Number.MAX_SAFE_INTEGER });
        expect(script).not.toBeNull();
        const edits = (script ?? [])
          .filter((run) => run.kind === DELETE || run.kind === INSERT)
          .reduce((sum, run) => sum + run.count, 0);
        expect(edits).toBe(a.length + b.length - 2 * naiveLcs([...a], [...b]));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives up (null) when the work budget runs out', () => {
    const a = Int32Array.from({ length: 200 }, (_, i) => i);
    const b = Int32Array.from({ length: 200 }, (_, i) => i + 1000);
    expect(diffTokenIds(a, b, { remaining: 50 })).toBeNull();
  });
});
