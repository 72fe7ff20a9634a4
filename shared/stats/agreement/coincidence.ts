/**
 * The coincidence matrix of Krippendorff's α (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", section C): every ordered pair of values that two different raters gave
 * the same unit, each unit's pairs weighted 1/(mᵤ − 1) so that a unit contributes exactly its
 * mᵤ values, whatever the number of raters.
 *
 *   o_ck = Σᵤ (number of c–k pairs in unit u) / (mᵤ − 1),   n_c = Σ_k o_ck,   n = Σ_c n_c
 *
 * Units with fewer than two values have no pair and are left out (Krippendorff's rule), so a
 * rater who is alone on a unit changes nothing.
 */

import { assertLabel, type AgreementLabel } from './labels';

/** The pairable values and how they coincide; every array is indexed like `values`. */
export interface Coincidences {
  /** The distinct values found in pairable units, in order of first appearance. */
  values: AgreementLabel[];
  /** Row-major `values.length` × `values.length` matrix o_ck; symmetric. */
  matrix: Float64Array;
  /** n_c: how many pairable values equal `values[c]`. */
  marginals: Float64Array;
  /** n: the number of pairable values (the sum of `marginals`). */
  total: number;
}

/**
 * Builds the coincidence matrix of a raters × units table (`data[r][u]` is rater r's value for
 * unit u, `null` when they gave none).
 *
 * @throws RangeError when the raters' rows differ in length (naming the rater, 0-based).
 * @throws TypeError for a value that is neither null, a string nor a finite number.
 */
export function buildCoincidences(
  data: readonly (readonly (AgreementLabel | null)[])[],
): Coincidences {
  const unitsCount = data[0]?.length ?? 0;
  data.forEach((row, rater) => {
    if (row.length !== unitsCount) {
      throw new RangeError(
        `krippendorffAlpha: rater ${rater} has ${row.length} units, rater 0 has ${unitsCount}; use null for a unit a rater did not rate`,
      );
    }
  });

  // The table's units as lists of the values given (validated here, where a bad value can be
  // named by rater and unit).
  const raters = data.length;
  const units: AgreementLabel[][] = [];
  for (let unit = 0; unit < unitsCount; unit += 1) {
    const present: AgreementLabel[] = [];
    for (let rater = 0; rater < raters; rater += 1) {
      const value = (data[rater] as readonly (AgreementLabel | null)[])[unit];
      if (value === null || value === undefined) {
        continue;
      }
      assertLabel(value, () => `krippendorffAlpha: data[${rater}][${unit}]`);
      present.push(value);
    }
    units.push(present);
  }
  return coincidencesOfUnits(units);
}

/**
 * The coincidence matrix of units given as the lists of values they received (any order, any
 * number of raters): what the lead's statistics hold, without laying them out as a raters × units
 * table padded with nulls first. Values must be labels (strings or finite numbers).
 */
export function coincidencesOfUnits(units: Iterable<readonly AgreementLabel[]>): Coincidences {
  const values: AgreementLabel[] = [];
  const indexOf = new Map<AgreementLabel, number>();
  // Pass 1: the value indices of the pairable units, flat (the matrix size is known only
  // afterwards). unitStarts[u]..unitStarts[u + 1] are unit u's entries in `entries`.
  const entries: number[] = [];
  const unitStarts: number[] = [0];
  for (const present of units) {
    if (present.length < 2) {
      continue; // not pairable: its value takes no part, not even in `values`
    }
    for (const value of present) {
      let index = indexOf.get(value);
      if (index === undefined) {
        if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
          throw new TypeError(
            `krippendorffAlpha: a label must be a string or a finite number, got ${String(value)}`,
          );
        }
        index = values.length;
        indexOf.set(value, index);
        values.push(value);
      }
      entries.push(index);
    }
    unitStarts.push(entries.length);
  }

  // Pass 2: add each unit's pairs. A unit with counts n_uc among its m values holds
  // n_uc·n_uk ordered c–k pairs (c ≠ k) and n_uc·(n_uc − 1) c–c pairs.
  const size = values.length;
  const matrix = new Float64Array(size * size);
  const marginals = new Float64Array(size);
  const counts = new Float64Array(size); // this unit's n_uc, reset after each unit
  const seen: number[] = []; // the indices this unit holds, each once
  for (let u = 0; u + 1 < unitStarts.length; u += 1) {
    const from = unitStarts[u] as number;
    const to = unitStarts[u + 1] as number;
    for (let at = from; at < to; at += 1) {
      const index = entries[at] as number;
      if (counts[index] === 0) {
        seen.push(index);
      }
      counts[index] = (counts[index] as number) + 1;
    }
    const pairWeight = 1 / (to - from - 1);
    for (const c of seen) {
      const countC = counts[c] as number;
      for (const k of seen) {
        const pairs = c === k ? countC * (countC - 1) : countC * (counts[k] as number);
        matrix[c * size + k] = (matrix[c * size + k] as number) + pairs * pairWeight;
      }
      marginals[c] = (marginals[c] as number) + countC;
    }
    for (const c of seen) {
      counts[c] = 0;
    }
    seen.length = 0;
  }
  const total = entries.length;
  return { values, matrix, marginals, total };
}
