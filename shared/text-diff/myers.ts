/**
 * Myers' O(ND) difference algorithm (E. Myers, "An O(ND) Difference Algorithm and Its
 * Variations", 1986) with the linear-space refinement: find the middle snake of an optimal edit
 * path by searching forwards and backwards at once, then recurse on both halves. Memory is O(N+M)
 * (two V arrays per level) instead of the O(D²) trace of the greedy variant — a 20 KB rewrite
 * would otherwise keep megabytes of V copies alive.
 *
 * Works on token ids (Int32Array) so comparisons are integer compares, not string compares.
 *
 * Time is bounded by a work budget rather than wall-clock time so results are deterministic (the
 * same texts always give the same diff, on any machine). One unit of work is one diagonal visited
 * or one matching step along a snake; a middle-snake search at edit distance D costs about D²/2
 * diagonals plus snakes, so a budget B caps D at roughly √(2B). Callers fall back to a coarser
 * diff when the budget runs out.
 */

export const EQUAL = 0;
export const DELETE = 1;
export const INSERT = 2;
export type EditKind = typeof EQUAL | typeof DELETE | typeof INSERT;

/** `count` tokens kept (from both sides), deleted (from `a`) or inserted (from `b`). */
export interface EditRun {
  kind: EditKind;
  count: number;
}

/** Work left for one diff; decremented as the search runs. */
export interface WorkBudget {
  remaining: number;
}

/** The inputs, budget and scratch arrays of one {@link diffTokenIds} call. */
interface Search {
  a: Int32Array;
  b: Int32Array;
  budget: WorkBudget;
  v1: Int32Array;
  v2: Int32Array;
}

/** Thrown inside the recursion when the budget runs out; never escapes {@link diffTokenIds}. */
class BudgetExhausted extends Error {}

/**
 * Edit script turning `a` into `b` (a shortest one when the budget suffices), or `null` when the
 * budget ran out. Adjacent runs of one kind are merged; deletions come before insertions.
 */
export function diffTokenIds(a: Int32Array, b: Int32Array, budget: WorkBudget): EditRun[] | null {
  const runs: EditRun[] = [];
  // One pair of V arrays for the whole recursion: allocating per call made the GC a third of the
  // run time on large inputs. Sub-problems are smaller, so the top-level size fits them all.
  const size = a.length + b.length + 4;
  const search: Search = { a, b, budget, v1: new Int32Array(size), v2: new Int32Array(size) };
  try {
    diffRange(search, 0, a.length, 0, b.length, runs);
  } catch (error) {
    if (error instanceof BudgetExhausted) {
      return null;
    }
    throw error;
  }
  return runs;
}

function push(runs: EditRun[], kind: EditKind, count: number): void {
  if (count <= 0) {
    return;
  }
  const last = runs[runs.length - 1];
  if (last !== undefined && last.kind === kind) {
    last.count += count;
  } else {
    runs.push({ kind, count });
  }
}

function diffRange(
  search: Search,
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  runs: EditRun[],
): void {
  const { a, b } = search;
  // Trimming first makes the common case (a few local edits) linear, and guarantees the middle
  // snake search below starts and ends on a mismatch.
  let prefix = 0;
  while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) {
    prefix += 1;
  }
  let suffix = 0;
  while (
    aHi - suffix > aLo + prefix &&
    bHi - suffix > bLo + prefix &&
    a[aHi - 1 - suffix] === b[bHi - 1 - suffix]
  ) {
    suffix += 1;
  }
  push(runs, EQUAL, prefix);
  const n = aHi - aLo - prefix - suffix;
  const m = bHi - bLo - prefix - suffix;
  const split = n > 0 && m > 0 ? middleSnake(search, aLo + prefix, n, bLo + prefix, m) : null;
  if (split === null) {
    push(runs, DELETE, n);
    push(runs, INSERT, m);
  } else {
    const [x, y] = split;
    diffRange(search, aLo + prefix, aLo + prefix + x, bLo + prefix, bLo + prefix + y, runs);
    diffRange(search, aLo + prefix + x, aHi - suffix, bLo + prefix + y, bHi - suffix, runs);
  }
  push(runs, EQUAL, suffix);
}

/**
 * A point (x, y) on an optimal path through the n×m grid, strictly inside it, or null when the
 * two ranges share no token (then the answer is delete-all, insert-all). Follows the structure of
 * diff-match-patch's `diff_bisect` (Apache-2.0), adapted to integer ranges and a work budget.
 */
function middleSnake(
  search: Search,
  aOff: number,
  n: number,
  bOff: number,
  m: number,
): [number, number] | null {
  const { a, b, budget, v1, v2 } = search;
  const maxD = Math.ceil((n + m) / 2);
  const vOffset = maxD;
  const vLength = 2 * maxD + 2;
  // v1: furthest x on each diagonal k = x - y going forwards; v2: the same from the end.
  // Indices below stay within [0, vLength) by construction (|k| <= d < maxD), hence the `!`s.
  v1.fill(-1, 0, vLength);
  v2.fill(-1, 0, vLength);
  v1[vOffset + 1] = 0;
  v2[vOffset + 1] = 0;
  const delta = n - m;
  // With an odd delta the paths meet while extending forwards, otherwise while extending back.
  const front = delta % 2 !== 0;
  let k1Start = 0;
  let k1End = 0;
  let k2Start = 0;
  let k2End = 0;
  // `k + d === 0` rather than `k === -d`: -0 is a double in V8 and deoptimises the loop.
  for (let d = 0; d < maxD; d += 1) {
    let work = 0;
    for (let k1 = k1Start - d; k1 <= d - k1End; k1 += 2) {
      const i = vOffset + k1;
      const left = v1[i - 1]!;
      const right = v1[i + 1]!;
      let x1 = k1 + d === 0 || (k1 !== d && left < right) ? right : left + 1;
      let y1 = x1 - k1;
      const from = x1;
      while (x1 < n && y1 < m && a[aOff + x1] === b[bOff + y1]) {
        x1 += 1;
        y1 += 1;
      }
      work += 1 + x1 - from;
      v1[i] = x1;
      if (x1 > n) {
        k1End += 2; // ran off the right edge: later diagonals on this side are useless
      } else if (y1 > m) {
        k1Start += 2; // ran off the bottom edge
      } else if (front) {
        const j = vOffset + delta - k1;
        const reverse = j >= 0 && j < vLength ? v2[j]! : -1;
        if (reverse !== -1 && x1 >= n - reverse) {
          return inside(x1, y1, n, m);
        }
      }
    }
    for (let k2 = k2Start - d; k2 <= d - k2End; k2 += 2) {
      const i = vOffset + k2;
      const left = v2[i - 1]!;
      const right = v2[i + 1]!;
      let x2 = k2 + d === 0 || (k2 !== d && left < right) ? right : left + 1;
      let y2 = x2 - k2;
      const from = x2;
      while (x2 < n && y2 < m && a[aOff + n - x2 - 1] === b[bOff + m - y2 - 1]) {
        x2 += 1;
        y2 += 1;
      }
      work += 1 + x2 - from;
      v2[i] = x2;
      if (x2 > n) {
        k2End += 2;
      } else if (y2 > m) {
        k2Start += 2;
      } else if (!front) {
        const j = vOffset + delta - k2;
        const forward = j >= 0 && j < vLength ? v1[j]! : -1;
        if (forward !== -1 && forward >= n - x2) {
          return inside(forward, forward - (j - vOffset), n, m);
        }
      }
    }
    budget.remaining -= work;
    if (budget.remaining < 0) {
      throw new BudgetExhausted();
    }
  }
  return null;
}

/**
 * Guards the recursion: a split on a corner would recurse on the same problem forever. The
 * algorithm should never produce one after trimming; if it did, delete-all/insert-all is a
 * correct (if not minimal) answer.
 */
function inside(x: number, y: number, n: number, m: number): [number, number] | null {
  return (x === 0 && y === 0) || (x === n && y === m) ? null : [x, y];
}
