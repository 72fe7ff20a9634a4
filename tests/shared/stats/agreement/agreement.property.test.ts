/**
 * Properties every agreement statistic must keep whatever the data: α does not depend on the
 * order of raters or units, κ is 1 for identical raters and symmetric, raw agreement is a share,
 * and the statistics agree with each other where their definitions meet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  rawAgreement,
  type MeasurementLevel,
} from '../../../../shared/stats/agreement';

const LEVELS: MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** Equal to 10 decimals, or both NaN: reordering may change float rounding, nothing more. */
function expectSameStatistic(actual: number, expected: number): void {
  if (Number.isNaN(expected)) {
    expect(actual).toBeNaN();
  } else {
    expect(actual).toBeCloseTo(expected, 10);
  }
}

/** A raters × units table of ratings 1–5 with gaps, and a shuffle of its raters and units. */
const ratingTable = fc
  .record({ raters: fc.integer({ min: 1, max: 5 }), units: fc.integer({ min: 0, max: 12 }) })
  .chain(({ raters, units }) =>
    fc.record({
      data: fc.array(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }), {
          minLength: units,
          maxLength: units,
        }),
        { minLength: raters, maxLength: raters },
      ),
      raterOrder: fc.shuffledSubarray([...Array(raters).keys()], {
        minLength: raters,
        maxLength: raters,
      }),
      unitOrder: fc.shuffledSubarray([...Array(units).keys()], {
        minLength: units,
        maxLength: units,
      }),
    }),
  );

/** Two raters' labels for the same items. */
const labelPair = (labels: fc.Arbitrary<string | number>) =>
  fc
    .integer({ min: 0, max: 30 })
    .chain((n) =>
      fc.tuple(
        fc.array(labels, { minLength: n, maxLength: n }),
        fc.array(labels, { minLength: n, maxLength: n }),
      ),
    );
const ratings = fc.integer({ min: 1, max: 5 });
const categories = fc.constantFrom('approve', 'edit', 'escalate', 'skip');

describe('krippendorffAlpha properties', () => {
  it.each(LEVELS)('%s: unchanged by reordering raters and units', (level) => {
    fc.assert(
      fc.property(ratingTable, ({ data, raterOrder, unitOrder }) => {
        const reordered = raterOrder.map((r) => unitOrder.map((u) => data[r]?.[u] ?? null));
        expectSameStatistic(krippendorffAlpha(reordered, level), krippendorffAlpha(data, level));
      }),
    );
  });

  it.each(LEVELS)('%s: unchanged by a rater who only ever rates alone', (level) => {
    fc.assert(
      fc.property(ratingTable, ({ data }) => {
        // A unit nobody else rated gains one value; pairable units are untouched.
        const units = data[0]?.length ?? 0;
        const lonely = Array.from({ length: units }, (_, u) =>
          data.every((row) => row[u] === null) ? 3 : null,
        );
        expectSameStatistic(
          krippendorffAlpha([...data, lonely], level),
          krippendorffAlpha(data, level),
        );
      }),
    );
  });

  it('nominal α for two raters with no gaps is Scott’s π (Fleiss’ κ) corrected by (2N − 1)/2N', () => {
    // Krippendorff (2011): for two observers and complete data, α = 1 − (1 − π)·(2N − 1)/(2N).
    fc.assert(
      fc.property(labelPair(categories), ([a, b]) => {
        fc.pre(a.length > 0);
        const labels = [...new Set([...a, ...b])];
        const table = a.map((label, i) =>
          labels.map((c) => (label === c ? 1 : 0) + (b[i] === c ? 1 : 0)),
        );
        const pi = fleissKappa(table);
        const n = a.length;
        expectSameStatistic(
          krippendorffAlpha([a, b], 'nominal'),
          1 - ((1 - pi) * (2 * n - 1)) / (2 * n),
        );
      }),
    );
  });
});

describe('cohenKappa properties', () => {
  it.each([undefined, 'linear', 'quadratic'] as const)(
    'weights %s: 1 for identical raters who use at least two labels',
    (weights) => {
      fc.assert(
        fc.property(fc.array(ratings, { minLength: 2, maxLength: 30 }), (a) => {
          fc.pre(new Set(a).size >= 2);
          expect(cohenKappa(a, [...a], weights)).toBeCloseTo(1, 12);
        }),
      );
    },
  );

  it.each([undefined, 'linear', 'quadratic'] as const)(
    'weights %s: symmetric in the two raters',
    (weights) => {
      fc.assert(
        fc.property(labelPair(ratings), ([a, b]) => {
          expectSameStatistic(cohenKappa(b, a, weights), cohenKappa(a, b, weights));
        }),
      );
    },
  );

  it('with two labels, linear and quadratic weights change nothing', () => {
    fc.assert(
      fc.property(labelPair(fc.constantFrom(0, 1)), ([a, b]) => {
        const plain = cohenKappa(a, b);
        expectSameStatistic(cohenKappa(a, b, 'linear'), plain);
        expectSameStatistic(cohenKappa(a, b, 'quadratic'), plain);
      }),
    );
  });

  it('equals Fleiss’ κ (Scott’s π) when both raters use each label equally often', () => {
    // Chance agreement then comes from the same marginals either way.
    fc.assert(
      fc.property(
        fc
          .array(categories, { minLength: 1, maxLength: 30 })
          .chain((a) =>
            fc.tuple(
              fc.constant(a),
              fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length }),
            ),
          ),
        ([a, b]) => {
          const labels = [...new Set(a)];
          const table = a.map((label, i) =>
            labels.map((c) => (label === c ? 1 : 0) + (b[i] === c ? 1 : 0)),
          );
          expectSameStatistic(cohenKappa(a, b), fleissKappa(table));
        },
      ),
    );
  });

  it('is at most 1, and raw agreement is a share between 0 and 1', () => {
    fc.assert(
      fc.property(labelPair(categories), ([a, b]) => {
        const raw = rawAgreement(a, b);
        const kappa = cohenKappa(a, b);
        if (a.length === 0) {
          expect(raw).toBeNaN();
          return;
        }
        expect(raw).toBeGreaterThanOrEqual(0);
        expect(raw).toBeLessThanOrEqual(1);
        if (!Number.isNaN(kappa)) {
          expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
