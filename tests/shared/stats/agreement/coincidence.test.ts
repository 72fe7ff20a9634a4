/** The coincidence matrix under Krippendorff's α, checked cell by cell. */
import { describe, expect, it } from 'vitest';
import { buildCoincidences } from '../../../../shared/stats/agreement/coincidence';
import { krippendorffAlpha } from '../../../../shared/stats/agreement';

const _ = null;

/** The matrix as rows ordered by `order`, for comparing with a table written by hand. */
function rowsOf(data: (number | null)[][], order: number[]): number[][] {
  const { values, matrix } = buildCoincidences(data);
  const size = values.length;
  const at = (value: number) => values.indexOf(value);
  return order.map((c) => order.map((k) => matrix[at(c) * size + at(k)] as number));
}

describe('buildCoincidences', () => {
  it('Krippendorff 2011, section C: the coincidences and marginals of the 4 × 12 example', () => {
    // Unit 12 has one value and is dropped; 40 pairable values remain. Each unit of m values
    // adds its m·(m − 1) ordered pairs with weight 1/(m − 1). Recomputed with exact fractions:
    //        1     2     3     4    5   | n_c
    //   1    7    4/3   1/3   1/3   0   |  9
    //   2   4/3   10    4/3   1/3   0   | 13
    //   3   1/3   4/3    8    1/3   0   | 10
    //   4   1/3   1/3   1/3    4    0   |  5
    //   5    0     0     0     0    3   |  3
    const data = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    const actual = rowsOf(data, [1, 2, 3, 4, 5]);
    actual.forEach((row, c) =>
      row.forEach((cell, k) => expect(cell).toBeCloseTo(expected[c]?.[k] ?? Number.NaN, 12)),
    );
    const { values, marginals, total } = buildCoincidences(data);
    expect([1, 2, 3, 4, 5].map((v) => marginals[values.indexOf(v)])).toEqual([9, 13, 10, 5, 3]);
    expect(total).toBe(40);
  });

  it('leaves the value of a unit nobody else rated out entirely', () => {
    const { values, total } = buildCoincidences([
      [1, 2, 9],
      [1, 3, _],
    ]);
    expect(values).toEqual([1, 2, 3]);
    expect(total).toBe(4);
    // So a lone value cannot make the level's checks fail either.
    expect(
      krippendorffAlpha(
        [
          [1, 2, -4],
          [1, 3, _],
        ],
        'ratio',
      ),
    ).toBeCloseTo(
      krippendorffAlpha(
        [
          [1, 2],
          [1, 3],
        ],
        'ratio',
      ),
      12,
    );
  });
});
