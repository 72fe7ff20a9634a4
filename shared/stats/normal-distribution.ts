/**
 * The two-sided tail of the standard normal distribution, for the drift test's p-value:
 * P(|Z| ≥ z) = erfc(z / √2). erfc is computed from two textbook expansions, each where it
 * converges fast and without cancellation (relative error well below 1e-9 either side of 3):
 * - x < 3: erf(x) = (2/√π)·e^(−x²)·Σₙ 2ⁿx^(2n+1) / (1·3·…·(2n+1)) — every term positive;
 * - x ≥ 3: the continued fraction erfc(x) = (e^(−x²)/√π) / (x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
 *   evaluated from a fixed depth backwards.
 */

const SQRT_PI = Math.sqrt(Math.PI);

/** The complementary error function for x ≥ 0. */
function erfcNonNegative(x: number): number {
  if (x < 3) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > sum * 1e-17; n += 1) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x * x) * sum;
  }
  let fraction = x;
  for (let n = 60; n >= 1; n -= 1) {
    fraction = x + n / 2 / fraction;
  }
  return Math.exp(-x * x) / (SQRT_PI * fraction);
}

/** erfc(x) for any real x (erfc(−x) = 2 − erfc(x)). */
export function erfc(x: number): number {
  return x >= 0 ? erfcNonNegative(x) : 2 - erfcNonNegative(-x);
}

/** P(|Z| ≥ |z|) for a standard normal Z: the two-sided p-value of a z statistic. */
export function twoSidedNormalP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
