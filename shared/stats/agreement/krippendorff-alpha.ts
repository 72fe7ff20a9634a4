/**
 * Krippendorff's α for any number of raters, missing values, and four levels of measurement,
 * by the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 *
 *   α = 1 − Dₒ / Dₑ = 1 − (n − 1) · Σ_c Σ_k o_ck·δ²_ck / Σ_c Σ_k n_c·n_k·δ²_ck
 *
 * with o the coincidences of pairable values (coincidence.ts), n_c their marginals, n their
 * number, and δ² the difference function of the level (difference.ts).
 */

import { buildCoincidences, type Coincidences } from './coincidence';
import { squaredDifferences, type MeasurementLevel } from './difference';
import type { AgreementLabel } from './labels';

const LEVELS: readonly MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/**
 * Krippendorff's α for a raters × units table: `data[r][u]` is rater r's value for unit u, or
 * `null` where rater r gave none. Units with fewer than two values are dropped (they hold no
 * pair to compare). Reordering raters or units leaves α unchanged.
 *
 * `level` says how values compare: `'nominal'` (categories, any labels), `'ordinal'` (ranks:
 * numbers numerically, strings by code unit), `'interval'` (numbers, differences) or `'ratio'`
 * (numbers ≥ 0, ratios).
 *
 * NaN when no unit has two values, or when all pairable values are equal (no variation, so
 * expected disagreement is 0 and α is 0/0).
 *
 * @throws RangeError when the raters' rows differ in length, for an unknown `level`, or for a
 *   negative value at the ratio level.
 * @throws TypeError for a value that is neither null, a string nor a finite number; for a
 *   string at the interval or ratio level; for ordinal values mixing numbers and strings.
 */
export function krippendorffAlpha(
  data: readonly (readonly (AgreementLabel | null)[])[],
  level: MeasurementLevel,
): number {
  if (!LEVELS.includes(level)) {
    throw new RangeError(
      `krippendorffAlpha: level must be one of ${LEVELS.join(', ')}, got '${String(level)}'`,
    );
  }
  return alphaOfCoincidences(buildCoincidences(data), level);
}

/** α from a coincidence matrix (buildCoincidences, coincidencesOfUnits); NaN where undefined. */
export function alphaOfCoincidences(
  { values, matrix, marginals, total }: Coincidences,
  level: MeasurementLevel,
): number {
  if (total === 0) {
    return Number.NaN;
  }
  const delta = squaredDifferences(level, values, marginals);
  const size = values.length;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      const d = delta[c * size + k] as number;
      if (d === 0) {
        continue;
      }
      observed += (matrix[c * size + k] as number) * d;
      expected += (marginals[c] as number) * (marginals[k] as number) * d;
    }
  }
  if (expected === 0) {
    return Number.NaN;
  }
  return 1 - ((total - 1) * observed) / expected;
}
