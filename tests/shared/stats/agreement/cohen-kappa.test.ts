/**
 * Cohen's κ and raw agreement: small tables worked by hand, then the published worked examples
 * (scikit-learn, NLTK) to four decimals.
 */
import { describe, expect, it } from 'vitest';
import { cohenKappa, rawAgreement } from '../../../../shared/stats/agreement';

/** `count` copies of `label`, for writing the published examples as they are written there. */
const repeat = <T>(label: T, count: number): T[] => Array.from({ length: count }, () => label);

describe('cohenKappa, hand-computed', () => {
  it('two raters, yes/no, 10 items', () => {
    //            b: yes  no
    //   a: yes       4    2     a: 6 yes, 4 no
    //   a: no        1    3     b: 5 yes, 5 no
    // pₒ = 7/10; pₑ = 0.6·0.5 + 0.4·0.5 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4
    const a = ['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'no', 'no', 'no', 'no'];
    const b = ['yes', 'yes', 'yes', 'yes', 'no', 'no', 'yes', 'no', 'no', 'no'];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 12);
    expect(rawAgreement(a, b)).toBeCloseTo(0.7, 12);
  });

  // Ratings 1–3 on four items: a = 1 2 3 1, b = 2 2 3 3 (positions 0, 1, 2 in the order).
  // Row totals (a) r = [2, 1, 1], column totals (b) c = [0, 2, 2], n = 4; eᵢⱼ = rᵢ·cⱼ / 4.
  // Observed pairs off the diagonal: (1,2) one step, (1,3) two steps.
  const a = [1, 2, 3, 1];
  const b = [2, 2, 3, 3];

  it('unweighted: pₒ = 2/4, pₑ = (0·2 + 1·2 + 1·2)/16 = 1/4, κ = (1/2 − 1/4)/(3/4) = 1/3', () => {
    expect(cohenKappa(a, b)).toBeCloseTo(1 / 3, 12);
  });

  it('linear: observed 1 + 2 = 3, expected (2·2·1 + 2·2·2 + 1·2·1 + 1·2·1)/4 = 4, κ = 1/4', () => {
    expect(cohenKappa(a, b, 'linear')).toBeCloseTo(0.25, 12);
  });

  it('quadratic: observed 1 + 4 = 5, expected (2·2·1 + 2·2·4 + 1·2·1 + 1·2·1)/4 = 6, κ = 1/6', () => {
    expect(cohenKappa(a, b, 'quadratic')).toBeCloseTo(1 / 6, 12);
  });

  it('weights count positions among the labels used, not the label values (as scikit-learn)', () => {
    // The same table with 3 renamed to 5: nobody used 3 or 4, so 2 and 5 are still one step apart.
    expect(cohenKappa([1, 2, 5, 1], [2, 2, 5, 5], 'linear')).toBeCloseTo(0.25, 12);
    expect(cohenKappa([1, 2, 5, 1], [2, 2, 5, 5], 'quadratic')).toBeCloseTo(1 / 6, 12);
  });

  it('orders numbers numerically, not as text (2 before 10)', () => {
    // As text, '10' < '2' would put 10 between 1 and 2 and change the weighted result.
    expect(cohenKappa([1, 2, 10, 1], [2, 2, 10, 10], 'linear')).toBeCloseTo(0.25, 12);
  });

  it('orders string labels by code unit for weights', () => {
    // 'a' < 'b' < 'c': the hand-computed table above with letters.
    expect(cohenKappa(['a', 'b', 'c', 'a'], ['b', 'b', 'c', 'c'], 'linear')).toBeCloseTo(0.25, 12);
  });

  it('treats the number 1 and the string "1" as different labels', () => {
    expect(rawAgreement([1, 2], ['1', 2])).toBe(0.5);
    expect(cohenKappa([1, 2], ['1', 2])).toBeLessThan(1);
  });
});

describe('cohenKappa, where it is undefined or the input is wrong', () => {
  it('is NaN for no items', () => {
    expect(cohenKappa([], [])).toBeNaN();
    expect(cohenKappa([], [], 'quadratic')).toBeNaN();
    expect(rawAgreement([], [])).toBeNaN();
  });

  it('is NaN when both raters used one and the same label throughout (κ is 0/0)', () => {
    expect(cohenKappa(['ok', 'ok', 'ok'], ['ok', 'ok', 'ok'])).toBeNaN();
    expect(cohenKappa([3, 3], [3, 3], 'linear')).toBeNaN();
  });

  it('is 0, not NaN, when each rater used a single but different label', () => {
    expect(cohenKappa(['ok', 'ok'], ['bad', 'bad'])).toBe(0);
  });

  it('throws a RangeError naming both lengths when the raters differ in length', () => {
    expect(() => cohenKappa([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => cohenKappa([1, 2, 3], [1, 2])).toThrow(/3 and 2/);
    expect(() => rawAgreement(['a'], [])).toThrow(RangeError);
  });

  it('refuses NaN labels and, for weights, a mix of numbers and strings', () => {
    expect(() => cohenKappa([1, Number.NaN], [1, 2])).toThrow(/a\[1\]/);
    expect(() => cohenKappa([1, 'two'], [1, 2], 'linear')).toThrow(TypeError);
    // Unweighted κ needs no order, so mixed labels are fine there.
    expect(cohenKappa([1, 'two'], [1, 'two'])).toBe(1);
  });
});

describe('cohenKappa against published worked examples', () => {
  // scikit-learn, sklearn/metrics/tests/test_classification.py, test_cohen_kappa
  // (repository scikit-learn/scikit-learn).
  it('scikit-learn: two classes, κ = 0.348', () => {
    const y1 = [...repeat(0, 40), ...repeat(1, 60)];
    const y2 = [...repeat(0, 20), ...repeat(1, 20), ...repeat(0, 10), ...repeat(1, 50)];
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.3478, 4);
    expect(cohenKappa(y2, y1)).toBe(cohenKappa(y1, y2));
  });

  it('scikit-learn: three classes, κ = 0.8013', () => {
    const y1 = [...repeat(0, 46), ...repeat(1, 44), ...repeat(2, 10)];
    const y2 = [...repeat(0, 52), ...repeat(1, 32), ...repeat(2, 16)];
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.8013, 4);
  });

  it('scikit-learn: weighted, κ = 0.9315, linear 0.9412, quadratic 0.9541', () => {
    const y1 = [...repeat(0, 46), ...repeat(1, 44), ...repeat(2, 10)];
    const y2 = [...repeat(0, 50), ...repeat(1, 40), ...repeat(2, 10)];
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.9315, 4);
    expect(cohenKappa(y1, y2, 'linear')).toBeCloseTo(0.9412, 4);
    expect(cohenKappa(y1, y2, 'quadratic')).toBeCloseTo(0.9541, 4);
  });

  // NLTK, nltk/metrics/agreement.py (module doctest) with nltk/metrics/artstein_poesio_example.txt
  // (repository nltk/nltk): Artstein & Poesio (2008)'s 100 utterances, coder a = 46 stat,
  // 44 ireq, 10 chck; coder b = 52 stat, 32 ireq, 16 chck; avg_Ao() = 0.88.
  it("NLTK / Artstein & Poesio: observed agreement 0.88, Cohen's κ 0.8013", () => {
    const a = [...repeat('stat', 46), ...repeat('ireq', 44), ...repeat('chck', 10)];
    const b = [...repeat('stat', 52), ...repeat('ireq', 32), ...repeat('chck', 16)];
    expect(rawAgreement(a, b)).toBeCloseTo(0.88, 12);
    expect(cohenKappa(a, b)).toBeCloseTo(0.8013, 4);
  });
});
