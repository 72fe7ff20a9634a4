/**
 * Krippendorff's difference functions δ²(c, k) for the four levels of measurement
 * (Krippendorff 2011, section E). Each returns a matrix over the pairable values, indexed like
 * `Coincidences.values`.
 *
 *   nominal   0 when c = k, else 1
 *   ordinal   (Σ_{g=c..k} n_g − (n_c + n_k)/2)²   — the distance in ranks: how many pairable
 *             values lie between c and k, counting half of c's and k's own, from the marginals
 *   interval  (c − k)²
 *   ratio     ((c − k)/(c + k))²                    — for values ≥ 0; 0 when c = k = 0
 */

import { sortedDistinctLabels, type AgreementLabel } from './labels';

/** How a label's values may be compared: categories, ranks, differences, or ratios. */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * The δ² matrix (row-major, `values.length`²) for `level`.
 *
 * @throws TypeError for interval and ratio values that are not numbers, or ordinal values that
 *   mix numbers and strings; RangeError for a negative value at the ratio level.
 */
export function squaredDifferences(
  level: MeasurementLevel,
  values: readonly AgreementLabel[],
  marginals: Float64Array,
): Float64Array {
  const size = values.length;
  const result = new Float64Array(size * size);
  if (level === 'nominal') {
    for (let c = 0; c < size; c += 1) {
      for (let k = 0; k < size; k += 1) {
        result[c * size + k] = c === k ? 0 : 1;
      }
    }
    return result;
  }
  if (level === 'ordinal') {
    return ordinalDifferences(values, marginals);
  }
  const numbers = values.map((value) => {
    if (typeof value !== 'number') {
      throw new TypeError(`krippendorffAlpha: ${level} values must be numbers, got '${value}'`);
    }
    if (level === 'ratio' && value < 0) {
      throw new RangeError(`krippendorffAlpha: ratio values must be ≥ 0, got ${value}`);
    }
    return value;
  });
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      const x = numbers[c] as number;
      const y = numbers[k] as number;
      if (level === 'interval') {
        result[c * size + k] = (x - y) ** 2;
      } else {
        // c + k is 0 only when both are 0 (values are ≥ 0), and then they are equal.
        result[c * size + k] = x === y ? 0 : ((x - y) / (x + y)) ** 2;
      }
    }
  }
  return result;
}

function ordinalDifferences(
  values: readonly AgreementLabel[],
  marginals: Float64Array,
): Float64Array {
  const size = values.length;
  const sorted = sortedDistinctLabels(values, 'krippendorffAlpha (ordinal)');
  const rankByValue = new Map(sorted.map((value, rank) => [value, rank]));
  const ranks = values.map((value) => rankByValue.get(value) as number);
  // cumulative[r] = number of pairable values ranked below r, so the values from rank r to
  // rank s (inclusive) number cumulative[s + 1] − cumulative[r].
  const countByRank = new Float64Array(size);
  ranks.forEach((rank, index) => {
    countByRank[rank] = marginals[index] as number;
  });
  const cumulative = new Float64Array(size + 1);
  for (let rank = 0; rank < size; rank += 1) {
    cumulative[rank + 1] = (cumulative[rank] as number) + (countByRank[rank] as number);
  }
  const result = new Float64Array(size * size);
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      const low = Math.min(ranks[c] as number, ranks[k] as number);
      const high = Math.max(ranks[c] as number, ranks[k] as number);
      if (low === high) {
        continue;
      }
      const between = (cumulative[high + 1] as number) - (cumulative[low] as number);
      const ends = ((countByRank[low] as number) + (countByRank[high] as number)) / 2;
      result[c * size + k] = (between - ends) ** 2;
    }
  }
  return result;
}
