/**
 * Cohen's κ for two raters who labelled the same items, unweighted or weighted (Cohen 1968).
 *
 * κ = 1 − Σ wᵢⱼ·oᵢⱼ / Σ wᵢⱼ·eᵢⱼ, where o is the confusion matrix of the two raters' labels (as
 * shares of the items), e = rowᵢ·colⱼ is what two raters with those label frequencies would share
 * by chance, and w is the disagreement weight: 0 on the diagonal and 1 elsewhere (unweighted),
 * |i − j| (linear) or (i − j)² (quadratic). With 1 − identity this is the familiar
 * (pₒ − pₑ) / (1 − pₑ). The result is the same as scikit-learn's `cohen_kappa_score`.
 */

import { assertLabel, assertSameLength, sortedDistinctLabels, type AgreementLabel } from './labels';

/** How far apart two ordered labels count: by their distance in rank, or its square. */
export type KappaWeights = 'linear' | 'quadratic';

/**
 * Cohen's κ between rater `a` and rater `b` (`a[i]` and `b[i]` are their labels for item i).
 *
 * With `weights`, labels are ordered — numbers numerically, strings by code unit (see
 * `sortedDistinctLabels`) — over the union of both raters' labels, and i, j are *positions* in
 * that order, not the label values: ratings 1, 2 and 5 with nobody using 3 or 4 are 1 step and
 * 2 steps apart. scikit-learn does the same; a caller who wants unused scale points to count
 * should map ratings to the full scale first.
 *
 * NaN when there are no items, or when both raters used one and the same label throughout
 * (chance agreement is then certain and κ is 0/0). Symmetric in `a` and `b`.
 *
 * @throws RangeError when `a` and `b` differ in length.
 * @throws TypeError for a label that is neither a string nor a finite number, or, with
 *   `weights`, for labels mixing numbers and strings.
 */
export function cohenKappa(
  a: readonly AgreementLabel[],
  b: readonly AgreementLabel[],
  weights?: KappaWeights,
): number {
  assertSameLength(a, b, 'cohenKappa');
  a.forEach((label, i) => assertLabel(label, () => `cohenKappa: a[${i}]`));
  b.forEach((label, i) => assertLabel(label, () => `cohenKappa: b[${i}]`));
  const n = a.length;
  if (n === 0) {
    return Number.NaN;
  }
  const labels =
    weights === undefined
      ? [...new Set([...a, ...b])]
      : sortedDistinctLabels([...a, ...b], 'cohenKappa');
  const indexOf = new Map(labels.map((label, index) => [label, index]));
  const k = labels.length;

  const observed = new Float64Array(k * k);
  const rowTotals = new Float64Array(k);
  const columnTotals = new Float64Array(k);
  for (let item = 0; item < n; item += 1) {
    const row = indexOf.get(a[item] as AgreementLabel) as number;
    const column = indexOf.get(b[item] as AgreementLabel) as number;
    observed[row * k + column] = (observed[row * k + column] as number) + 1;
    rowTotals[row] = (rowTotals[row] as number) + 1;
    columnTotals[column] = (columnTotals[column] as number) + 1;
  }

  let observedDisagreement = 0;
  let chanceDisagreement = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const weight = disagreementWeight(i, j, weights);
      if (weight === 0) {
        continue;
      }
      observedDisagreement += weight * (observed[i * k + j] as number);
      // Expected count for cell (i, j): rowᵢ · colⱼ / n, so both sums are in items.
      chanceDisagreement += (weight * (rowTotals[i] as number) * (columnTotals[j] as number)) / n;
    }
  }
  if (chanceDisagreement === 0) {
    return Number.NaN;
  }
  return 1 - observedDisagreement / chanceDisagreement;
}

function disagreementWeight(i: number, j: number, weights: KappaWeights | undefined): number {
  if (weights === 'linear') {
    return Math.abs(i - j);
  }
  if (weights === 'quadratic') {
    return (i - j) ** 2;
  }
  return i === j ? 0 : 1;
}
