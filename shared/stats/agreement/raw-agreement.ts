import { assertLabel, assertSameLength, type AgreementLabel } from './labels';

/**
 * The share of items on which rater `a` and rater `b` gave the same label (`a[i] === b[i]`),
 * from 0 to 1, with no correction for chance — the "they agreed on 88 of 100" number that sits
 * beside κ. NaN when there are no items.
 *
 * @throws RangeError when `a` and `b` differ in length.
 * @throws TypeError for a label that is neither a string nor a finite number.
 */
export function rawAgreement(a: readonly AgreementLabel[], b: readonly AgreementLabel[]): number {
  assertSameLength(a, b, 'rawAgreement');
  if (a.length === 0) {
    return Number.NaN;
  }
  let same = 0;
  a.forEach((label, i) => {
    assertLabel(label, () => `rawAgreement: a[${i}]`);
    assertLabel(b[i], () => `rawAgreement: b[${i}]`);
    if (label === b[i]) {
      same += 1;
    }
  });
  return same / a.length;
}
