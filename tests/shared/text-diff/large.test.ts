/**
 * 20 KB drafts with heavy changes: the budgets (diff.ts, metrics.ts) must keep results correct,
 * only coarser. Time is not asserted (CI machines vary); the report gives measured figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, editMetrics, segmentGraphemes } from '../../../shared/text-diff';
import { editedSide, originalSide } from './support/oracles';

const WORDS = 'refund order customer within days shipping price 1,280 the of and to, a is.'.split(
  ' ',
);
const HAN =
  '退款訂單客戶天內運送價格的和是不在有人這中大為上個國我以要他時來用們生到作地於出就分對成會';

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function english(bytes: number, next: () => number): string {
  let out = '';
  while (out.length < bytes) {
    out += pick(WORDS, next) + (next() < 0.06 ? '\r\n' : ' ');
  }
  return out;
}

function rewriteWords(text: string, share: number, next: () => number): string {
  return text
    .split(' ')
    .map((word) => (next() < share ? `${pick(WORDS, next)}${next() < 0.5 ? 'ly' : ''}` : word))
    .join(' ');
}

function chinese(graphemes: number, next: () => number): string {
  return Array.from(
    { length: graphemes },
    () => pick([...HAN], next) + (next() < 0.03 ? '\n' : ''),
  ).join('');
}

function rewriteChars(text: string, share: number, next: () => number): string {
  return Array.from(text, (char) => (next() < share ? pick([...HAN, '👍🏽'], next) : char)).join('');
}

function expectCorrect(original: string, edited: string): void {
  const ops = diffTexts(original, edited);
  expect(originalSide(ops)).toBe(original);
  expect(editedSide(ops)).toBe(edited);
  const metrics = editMetrics(original, edited);
  const [n, m] = [segmentGraphemes(original).length, segmentGraphemes(edited).length];
  expect(metrics.changed).toBe(true);
  expect(metrics.charDistance).toBeGreaterThanOrEqual(Math.abs(n - m));
  expect(metrics.charDistance).toBeLessThanOrEqual(Math.max(n, m));
  expect(metrics.charRate).toBe(metrics.charDistance / Math.max(1, m));
}

// Generous: these assert correctness only, and shared CI machines can be heavily loaded.
const slow = { timeout: 60_000 };

describe('20 KB drafts', () => {
  it('diffs and measures heavily rewritten English, coarser but exact on both sides', slow, () => {
    const next = random(7);
    const original = english(20_000, next);
    for (const share of [0.3, 1]) {
      expectCorrect(original, rewriteWords(original, share, next));
    }
    // Unrelated texts without line breaks: the line fallback has a single line to work with.
    expectCorrect(original.replace(/\r\n/g, ' '), english(20_000, next).replace(/\r\n/g, ' '));
  });

  it('diffs and measures heavily rewritten Chinese (20 KB of UTF-8)', slow, () => {
    const next = random(11);
    const original = chinese(6_800, next);
    for (const share of [0.4, 1]) {
      expectCorrect(original, rewriteChars(original, share, next));
    }
  });

  it('is exact for a light edit of a long draft', slow, () => {
    const next = random(3);
    const original = english(20_000, next);
    let prices = 0;
    const edited = original
      .replace('refund', 'REFUND')
      .replace(/price/g, (word) => (++prices <= 40 ? 'cost' : word));
    const metrics = editMetrics(original, edited);
    expect(metrics.exact).toBe(true);
    expect(metrics.wordDistance).toBe(41);
    expect(metrics.charDistance).toBe(6 + 40 * 5); // refund → REFUND: 6; price → cost: 5 each
    const ops = diffTexts(original, edited);
    const inserted = ops.filter((op) => op.kind === 'insert').map((op) => op.text);
    expect(inserted.some((op) => op.includes('REFUND'))).toBe(true);
    expect(inserted.every((op) => op.length <= 'cost REFUND cost'.length)).toBe(true);
  });

  it('keeps both sides for long random unicode too', slow, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 3000, maxLength: 6000 }),
        fc.string({ unit: 'grapheme', minLength: 3000, maxLength: 6000 }),
        (a, b) => {
          const ops = diffTexts(a, b);
          expect(originalSide(ops)).toBe(a);
          expect(editedSide(ops)).toBe(b);
        },
      ),
      { numRuns: 3 },
    );
  });
});
