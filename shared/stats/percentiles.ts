/**
 * Quantiles by linear interpolation between the closest ranks (Hyndman & Fan type 7: numpy's
 * default, R's default, Excel's PERCENTILE.INC): for sorted x₀…xₙ₋₁ the q-quantile is at rank
 * h = (n − 1)·q, between x⌊h⌋ and x⌈h⌉. The median of an even count is thus the mean of the two
 * middle values.
 */

/** The q-quantile (0 ≤ q ≤ 1) of ascending `sorted`; NaN when it is empty. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) {
    return NaN;
  }
  const h = (n - 1) * q;
  const low = Math.floor(h);
  const high = Math.min(low + 1, n - 1);
  const x = sorted[low] as number;
  return x + (h - low) * ((sorted[high] as number) - x);
}

/** Ascending copy as a typed array: numeric sort without a comparator closure. */
export function sortedValues(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}
