/**
 * Independent references for the text-diff tests: written from first principles (quadratic DP,
 * whole-string Intl.Segmenter), sharing no code with shared/text-diff.
 */
import type { DiffOp } from '../../../../shared/text-diff';

/** The original side of a diff: equal and deleted text, in order. */
export function originalSide(ops: readonly DiffOp[]): string {
  return ops
    .filter((op) => op.kind !== 'insert')
    .map((op) => op.text)
    .join('');
}

/** The edited side of a diff: equal and inserted text, in order. */
export function editedSide(ops: readonly DiffOp[]): string {
  return ops
    .filter((op) => op.kind !== 'delete')
    .map((op) => op.text)
    .join('');
}

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Grapheme clusters of the whole string at once (slow on long strings; fine for tests). */
export function intlGraphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** Offsets where a list of pieces changes from one piece to the next (0 and the end included). */
export function boundaries(pieces: readonly string[]): Set<number> {
  const out = new Set<number>([0]);
  let offset = 0;
  for (const piece of pieces) {
    offset += piece.length;
    out.add(offset);
  }
  return out;
}

/** Textbook O(n·m) Levenshtein distance over two sequences. */
export function naiveLevenshtein<T>(a: readonly T[], b: readonly T[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j - 1] ?? 0) + cost, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Length of a longest common subsequence, by the textbook O(n·m) DP. */
export function naiveLcs<T>(a: readonly T[], b: readonly T[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [0];
    for (let j = 1; j <= b.length; j += 1) {
      cur.push(
        a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
