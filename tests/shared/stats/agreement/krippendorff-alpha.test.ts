/**
 * Krippendorff's α: coincidence tables worked by hand for each level, then Krippendorff's own
 * example and the examples NLTK and the `krippendorff` Python package test against.
 */
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../../shared/stats/agreement';

const _ = null;

describe('krippendorffAlpha, hand-computed', () => {
  it('nominal, with a unit only one rater coded', () => {
    // units (a,a) (a,b) (b,b) (—,a); the last has one value and is dropped.
    // coincidences: o_aa = 2, o_ab = o_ba = 1, o_bb = 2; n_a = n_b = 3, n = 6
    // α = 1 − (n − 1)·Σ o·δ / Σ n_c·n_k·δ = 1 − 5·2 / (3·3·2) = 1 − 10/18 = 4/9
    const data = [
      ['a', 'a', 'b', _],
      ['a', 'b', 'b', 'a'],
    ];
    expect(krippendorffAlpha(data, 'nominal')).toBeCloseTo(4 / 9, 12);
  });

  // Two raters, units (1,1) (2,2) (3,4): o_11 = 2, o_22 = 2, o_34 = o_43 = 1;
  // marginals n_1 = 2, n_2 = 2, n_3 = 1, n_4 = 1; n = 6. Only the 3–4 pair disagrees.
  const data = [
    [1, 2, 3],
    [1, 2, 4],
  ];

  it('nominal: observed 2, expected 36 − (4 + 4 + 1 + 1) = 26, α = 1 − 5·2/26 = 8/13', () => {
    expect(krippendorffAlpha(data, 'nominal')).toBeCloseTo(8 / 13, 12);
  });

  it('interval: observed 2·1², expected 2·(4·1 + 2·4 + 2·9 + 2·1 + 2·4 + 1·1) = 82, α = 36/41', () => {
    expect(krippendorffAlpha(data, 'interval')).toBeCloseTo(36 / 41, 12);
  });

  it('ordinal: δ² from the marginals in rank order, α = 94/99', () => {
    // δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²:
    //   (1,2) (4 − 2)² = 4     (1,3) (5 − 1.5)² = 12.25   (1,4) (6 − 1.5)² = 20.25
    //   (2,3) (3 − 1.5)² = 2.25  (2,4) (4 − 1.5)² = 6.25  (3,4) (2 − 1)² = 1
    // observed 2·1 = 2; expected 2·(2·2·4 + 2·12.25 + 2·20.25 + 2·2.25 + 2·6.25 + 1) = 198
    // α = 1 − 5·2/198 = 94/99
    expect(krippendorffAlpha(data, 'ordinal')).toBeCloseTo(94 / 99, 12);
  });

  it('ratio: δ² = ((c − k)/(c + k))², α = 2771/2921', () => {
    // observed 2·(1/7)² = 2/49
    // expected 2·(4·(1/3)² + 2·(2/4)² + 2·(3/5)² + 2·(1/5)² + 2·(2/6)² + (1/7)²) = 2921/735
    // α = 1 − 5·(2/49)/(2921/735) = 1 − 150/2921 = 2771/2921
    expect(krippendorffAlpha(data, 'ratio')).toBeCloseTo(2771 / 2921, 12);
  });

  it('ordinal depends only on the order of the values, interval on their differences', () => {
    const stretched = [
      [1, 2, 30],
      [1, 2, 40],
    ];
    expect(krippendorffAlpha(stretched, 'ordinal')).toBeCloseTo(94 / 99, 12);
    expect(krippendorffAlpha(stretched, 'interval')).not.toBeCloseTo(36 / 41, 3);
  });

  it('ratio treats two zeros as equal', () => {
    expect(
      krippendorffAlpha(
        [
          [0, 1, 2],
          [0, 1, 2],
        ],
        'ratio',
      ),
    ).toBe(1);
  });
});

describe('krippendorffAlpha against published worked examples', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers ×
  // 12 units with missing values; α nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
  // The same data and values are in the tests of the `krippendorff` package
  // (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py: ordinal 0.815, ratio 0.797)
  // and NLTK (nltk/nltk, nltk/test/unit/test_disagreement.py, test_advanced: nominal
  // 0.743421052632). The fourth decimals were checked with exact fractions by an independent
  // pairwise computation: 113/152, 108577/133160, 951/1120, 18222619/22852465.
  const krippendorff2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];

  it.each([
    ['nominal', 0.7434],
    ['ordinal', 0.8154],
    ['interval', 0.8491],
    ['ratio', 0.7974],
  ] as const)('Krippendorff 2011, %s: %f', (level, expected) => {
    expect(krippendorffAlpha(krippendorff2011, level)).toBeCloseTo(expected, 4);
  });

  it('Krippendorff 2011, nominal, to NLTK’s precision: 0.743421052632', () => {
    expect(krippendorffAlpha(krippendorff2011, 'nominal')).toBeCloseTo(0.743421052632, 11);
  });

  // Wikipedia's computational example as the `krippendorff` package tests it
  // (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py): nominal 0.691358,
  // interval 0.810845; 3 coders × 15 units, many missing.
  const wikipedia = [
    [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
    [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
    [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
  ];

  it('Wikipedia / krippendorff package: nominal 0.6914, interval 0.8108', () => {
    expect(krippendorffAlpha(wikipedia, 'nominal')).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(wikipedia, 'interval')).toBeCloseTo(0.810845, 6);
  });

  // NLTK, nltk/test/unit/test_disagreement.py, test_easy (repository nltk/nltk): three coders,
  // dress1 YES/NO/NO, dress2 YES/NO/—, dress3 —/—/NO (dropped): α = −1/3.
  it('NLTK test_easy: α = −0.3333, with or without the lone rating', () => {
    const withLone = [
      ['YES', 'YES', _],
      ['NO', 'NO', _],
      ['NO', _, 'NO'],
    ];
    const withoutLone = [
      ['YES', 'YES', _],
      ['NO', 'NO', _],
      ['NO', _, _],
    ];
    expect(krippendorffAlpha(withLone, 'nominal')).toBeCloseTo(-1 / 3, 12);
    expect(krippendorffAlpha(withoutLone, 'nominal')).toBeCloseTo(-1 / 3, 12);
  });

  // The `krippendorff` package, tests/test_krippendorff.py, test_string_labels_nominal.
  it('krippendorff package: string labels, nominal 0.722222', () => {
    const data = [
      ['pos', 'neg', 'neu', _],
      ['pos', 'neg', 'neu', 'pos'],
      ['pos', 'neg', 'pos', 'pos'],
    ];
    expect(krippendorffAlpha(data, 'nominal')).toBeCloseTo(0.722222, 6);
  });
});

describe('krippendorffAlpha, where it is undefined or the input is wrong', () => {
  it('is NaN with no pairable unit', () => {
    expect(krippendorffAlpha([], 'nominal')).toBeNaN();
    expect(
      krippendorffAlpha(
        [
          [1, _],
          [_, 2],
        ],
        'interval',
      ),
    ).toBeNaN();
  });

  it('is NaN when all pairable values are the same (no variation)', () => {
    expect(
      krippendorffAlpha(
        [
          [3, 3, 7],
          [3, 3, _],
        ],
        'ordinal',
      ),
    ).toBeNaN();
  });

  it('throws on raters with different numbers of units, naming the rater', () => {
    expect(() => krippendorffAlpha([[1, 2], [1, 2], [1]], 'nominal')).toThrow(/rater 2/);
    expect(() => krippendorffAlpha([[1, 2], [1, 2], [1]], 'nominal')).toThrow(RangeError);
  });

  it('throws on values its level cannot compare', () => {
    expect(() =>
      krippendorffAlpha(
        [
          ['a', 'b'],
          ['a', 'a'],
        ],
        'interval',
      ),
    ).toThrow(TypeError);
    expect(() =>
      krippendorffAlpha(
        [
          [-1, 2],
          [1, 2],
        ],
        'ratio',
      ),
    ).toThrow(RangeError);
    expect(() =>
      krippendorffAlpha(
        [
          [1, 'b'],
          [1, 'b'],
        ],
        'ordinal',
      ),
    ).toThrow(TypeError);
    expect(() => krippendorffAlpha([[Number.NaN, 1]], 'nominal')).toThrow(/data\[0\]\[0\]/);
    expect(() => krippendorffAlpha([[1]], 'bogus' as 'nominal')).toThrow(RangeError);
  });
});
