/** Fleiss' κ: a table worked by hand, the published examples, and its refusals. */
import { describe, expect, it } from 'vitest';
import { fleissKappa } from '../../../../shared/stats/agreement';

/** One row of category counts per item, from each rater's category (1-based) for that item. */
const countsPerItem = (ratings: number[][], categories: number): number[][] =>
  ratings.map((item) =>
    Array.from({ length: categories }, (_, c) => item.filter((r) => r === c + 1).length),
  );

describe('fleissKappa, hand-computed', () => {
  it('three items, three raters, two categories', () => {
    // rows [3,0] [2,1] [0,3]; n = 3, N = 3
    // Pᵢ = (Σ nᵢⱼ² − 3) / 6 = 1, 1/3, 1 → P̄ = 7/9
    // p = [5/9, 4/9] → P̄ₑ = 25/81 + 16/81 = 41/81
    // κ = (63/81 − 41/81) / (40/81) = 22/40 = 0.55
    expect(
      fleissKappa([
        [3, 0],
        [2, 1],
        [0, 3],
      ]),
    ).toBeCloseTo(0.55, 12);
  });

  it('is 1 when every item gets one category from every rater, and categories vary', () => {
    expect(
      fleissKappa([
        [4, 0, 0],
        [0, 4, 0],
        [0, 0, 4],
      ]),
    ).toBe(1);
  });
});

describe('fleissKappa against published worked examples', () => {
  // statsmodels, statsmodels/stats/tests/test_inter_rater.py, test_fleiss_kappa (repository
  // statsmodels/statsmodels): Wikipedia's table, 10 items × 5 categories, 14 raters, κ = 0.210.
  it('statsmodels / Wikipedia: 10 items, 14 raters, κ = 0.2099', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.2099, 4);
  });

  // statsmodels, same file, test_fleiss_kappa_irr: Fleiss (1971)'s psychiatric diagnoses,
  // 30 patients × 6 raters, 5 diagnoses; R irr::kappam.fleiss gives 0.4302445.
  it('statsmodels / Fleiss 1971: 30 patients, 6 raters, κ = 0.4302', () => {
    const diagnoses = [
      [4, 4, 4, 4, 4, 4],
      [2, 2, 2, 5, 5, 5],
      [2, 3, 3, 3, 3, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 2, 2, 4, 4, 4],
      [1, 1, 3, 3, 3, 3],
      [3, 3, 3, 3, 5, 5],
      [1, 1, 3, 3, 3, 4],
      [1, 1, 4, 4, 4, 4],
      [5, 5, 5, 5, 5, 5],
      [1, 4, 4, 4, 4, 4],
      [1, 2, 4, 4, 4, 4],
      [2, 2, 2, 3, 3, 3],
      [1, 4, 4, 4, 4, 4],
      [2, 2, 4, 4, 4, 5],
      [3, 3, 3, 3, 3, 5],
      [1, 1, 1, 4, 5, 5],
      [1, 1, 1, 1, 1, 2],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 5, 5, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 4, 4, 4, 4, 4],
      [2, 2, 4, 5, 5, 5],
      [1, 1, 4, 4, 4, 4],
      [1, 4, 4, 4, 4, 5],
      [2, 2, 2, 2, 2, 4],
      [1, 1, 1, 1, 5, 5],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 3, 3, 3],
      [5, 5, 5, 5, 5, 5],
    ];
    const table = countsPerItem(diagnoses, 5);
    // statsmodels' test_aggregate_raters checks the same column sums.
    expect([0, 1, 2, 3, 4].map((c) => table.reduce((sum, row) => sum + (row[c] ?? 0), 0))).toEqual([
      26, 26, 30, 55, 43,
    ]);
    expect(fleissKappa(table)).toBeCloseTo(0.4302, 4);
  });

  // NLTK, nltk/metrics/agreement.py (module doctest), artstein_poesio_example.txt: with two
  // raters Fleiss' κ is Scott's π, and NLTK's pi() gives 0.79953.
  it("NLTK / Artstein & Poesio: two raters, Fleiss' κ = Scott's π = 0.7995", () => {
    // Items: 46 both stat, 6 stat/ireq, 32 both ireq, 6 ireq/chck, 10 both chck.
    const rows = (count: number, row: number[]): number[][] =>
      Array.from({ length: count }, () => row);
    const table = [
      ...rows(46, [2, 0, 0]),
      ...rows(6, [1, 1, 0]),
      ...rows(32, [0, 2, 0]),
      ...rows(6, [0, 1, 1]),
      ...rows(10, [0, 0, 2]),
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.79953, 5);
  });
});

describe('fleissKappa, where it is undefined or the input is wrong', () => {
  it('is NaN for no items, one rating per item, or a single category used', () => {
    expect(fleissKappa([])).toBeNaN();
    expect(
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toBeNaN();
    expect(
      fleissKappa([
        [0, 3],
        [0, 3],
      ]),
    ).toBeNaN();
  });

  it('throws a RangeError naming the first row whose total differs', () => {
    const table = [
      [2, 1],
      [3, 0],
      [1, 1],
    ];
    expect(() => fleissKappa(table)).toThrow(RangeError);
    expect(() => fleissKappa(table)).toThrow(/row 2 adds up to 2 ratings, row 0 to 3/);
  });

  it('throws on rows of different length and on counts that are not whole numbers ≥ 0', () => {
    expect(() => fleissKappa([[1, 1], [2]])).toThrow(/row 1 has 1 categories/);
    expect(() => fleissKappa([[3, -1]])).toThrow(RangeError);
    expect(() => fleissKappa([[1.5, 0.5]])).toThrow(RangeError);
  });
});
