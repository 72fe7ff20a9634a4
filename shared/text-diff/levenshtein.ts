/**
 * Levenshtein distance over token ids (grapheme clusters or words): memory-light and bounded.
 *
 * Algorithm: the diagonal-transition form of the edit-distance DP (Ukkonen 1985, Landau & Vishkin
 * 1989) — the Levenshtein sibling of Myers' diff, where a substitution also costs 1. For each cost
 * e = 0, 1, 2, … it keeps, per diagonal k = x − y, the furthest x reachable at cost e, then slides
 * along equal tokens for free. It needs only the previous cost's wavefront and the current one:
 * two arrays of n + m + 3 integers (the "two rows" of the classic DP, laid along diagonals).
 *
 * Why not the classic two-row DP: it is Θ(n·m) whatever the distance, ≈ 4·10⁸ cells for two
 * 20 KB drafts. This is O((n + m) + d²) for typical text at distance d — linear for light edits.
 *
 * Bound: the caller passes a work budget (one unit per diagonal visited or token slid over). At
 * distance d the search costs about d² units, so a budget B gives exact answers up to d ≈ √B and
 * `null` beyond, after at most B units of work. A heavy rewrite of texts up to a few thousand
 * tokens, where d² outgrows the bit-vector method's ⌈m / 32⌉ · n steps, goes to that method
 * (bit-parallel-levenshtein.ts) once the diagonal search has spent as much: exact, and cheaper.
 */
import { bitParallelCost, bitParallelLevenshtein } from './bit-parallel-levenshtein';
import { commonAffix } from './common-affix';
import type { WorkBudget } from './myers';

/**
 * The Levenshtein distance between `a` and `b`, or `null` when the budget ran out first (the
 * budget is then spent). Insertion, deletion and substitution each cost 1.
 */
export function levenshtein(a: Int32Array, b: Int32Array, budget: WorkBudget): number | null {
  const { prefix: lo, suffix: tail } = commonAffix(a, b);
  const x0 = a.subarray(lo, a.length - tail);
  const y0 = b.subarray(lo, b.length - tail);
  const n = x0.length;
  const m = y0.length;
  if (n === 0 || m === 0) {
    return n + m;
  }
  // Once the diagonal search has spent a quarter of what the whole bit-vector run costs, switch:
  // a diagonal unit costs several times a block step (measured on reviewers' edits of 1 KB
  // replies: 0.065 ms a pair with a quarter, 0.092 ms with the whole), and light edits of short
  // texts still finish before it.
  const switchAt = Math.min(bitParallelCost(n, m) / 4, budget.remaining);
  let spent = 0;
  // Diagonal k lives at index k + offset; k ranges over [-m, n], read one beyond on each side.
  const offset = m + 1;
  const unreached = -(n + m + 2); // below any real x, even after the +1 of a move
  let prev = new Int32Array(n + m + 3).fill(unreached);
  let cur = new Int32Array(n + m + 3).fill(unreached);
  const target = n - m; // the diagonal of the end point (n, m)
  // Cost 0: no edit after trimming, and the first tokens differ, so the furthest point is (0, 0).
  prev[offset] = 0;
  for (let e = 1; ; e += 1) {
    const kLo = Math.max(-m, -e);
    const kHi = Math.min(n, e);
    let work = 0;
    for (let k = kLo; k <= kHi; k += 1) {
      const i = k + offset;
      // Indices i − 1 … i + 1 are within the arrays by construction, hence the `!`s.
      const substitute = prev[i]! + 1;
      const remove = prev[i - 1]! + 1; // from diagonal k − 1: one more token of a consumed
      const add = prev[i + 1]!; // from diagonal k + 1: one more token of b consumed
      // Clamp to the grid. Clamping is sound because neighbouring DP cells differ by at most 1.
      let x = Math.min(Math.max(substitute, remove, add), n, m + k);
      let y = x - k;
      const from = x;
      while (x < n && y < m && x0[x] === y0[y]) {
        x += 1;
        y += 1;
      }
      work += 1 + x - from;
      cur[i] = x;
      if (k === target && x >= n) {
        return e;
      }
    }
    budget.remaining -= work;
    spent += work;
    if (spent >= switchAt && budget.remaining >= bitParallelCost(n, m)) {
      budget.remaining -= bitParallelCost(n, m);
      return bitParallelLevenshtein(x0, y0);
    }
    if (budget.remaining < 0) {
      return null;
    }
    [prev, cur] = [cur, prev];
  }
}
