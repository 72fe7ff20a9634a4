/**
 * What the agreement statistics accept as a label, and the one rule for ordering labels.
 *
 * Labels are compared by identity (`===`, and Map keys): the number `1` and the string `'1'` are
 * two different labels, so a caller that mixes a rating stored as text with one stored as a
 * number sees disagreement, not a silent merge. NaN and ±Infinity are refused because they are
 * never a reviewer's answer — they are a bug upstream, and NaN would never equal itself.
 */

/** One rater's answer for one item: a category name or a number on a scale. */
export type AgreementLabel = string | number;

/**
 * Throws when `label` is not a string or a finite number. `where` names the place, and is only
 * called on failure: the statistics check hundreds of thousands of labels a run.
 */
export function assertLabel(label: unknown, where: () => string): asserts label is AgreementLabel {
  if (typeof label === 'string') {
    return;
  }
  if (typeof label === 'number' && Number.isFinite(label)) {
    return;
  }
  throw new TypeError(
    `${where()}: a label must be a string or a finite number, got ${String(label)}`,
  );
}

/** Throws a RangeError when the two raters' arrays do not describe the same items. */
export function assertSameLength(
  a: readonly unknown[],
  b: readonly unknown[],
  statistic: string,
): void {
  if (a.length !== b.length) {
    throw new RangeError(
      `${statistic}: the two raters must label the same items (got ${a.length} and ${b.length} labels)`,
    );
  }
}

/**
 * The distinct labels in ascending order, for the statistics that treat labels as ordered
 * (weighted κ, ordinal α). Numbers sort numerically (2 before 10); strings sort by UTF-16 code
 * units, not by locale, so every machine and language gets the same order ('A' < 'B' < 'a').
 * Mixing numbers and strings has no meaningful order, so it throws instead of guessing.
 */
export function sortedDistinctLabels(
  labels: Iterable<AgreementLabel>,
  where: string,
): AgreementLabel[] {
  const distinct = [...new Set(labels)];
  const numbers = distinct.filter((label): label is number => typeof label === 'number');
  if (numbers.length === distinct.length) {
    return numbers.sort((x, y) => x - y);
  }
  if (numbers.length > 0) {
    throw new TypeError(
      `${where}: ordered labels must be all numbers or all strings, not a mix of both`,
    );
  }
  return (distinct as string[]).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
