/**
 * The drift flag's test, as the statistics view states it (DRIFT_TEST_DESCRIPTION): a
 * two-proportion z-test with a pooled proportion, two-sided, flagged at p < 0.01.
 *
 *   p₀ = x₀/n₀ (earlier weeks pooled), p₁ = x₁/n₁ (this week), p̂ = (x₀ + x₁)/(n₀ + n₁)
 *   z = (p₁ − p₀) / √(p̂(1 − p̂)(1/n₀ + 1/n₁)),   p = P(|Z| ≥ |z|)
 *
 * No test (null) when a side has no decisions, or when p̂ is 0 or 1: both sides then have the
 * same rate and there is no variance to test against.
 */
import { twoSidedNormalP } from './normal-distribution';

/** Flag when the two-sided p-value is below this. */
export const DRIFT_SIGNIFICANCE = 0.01;

/** The test in words, for the view and the report (English; the UI translates by key). */
export const DRIFT_TEST_DESCRIPTION =
  'Two-proportion z-test (pooled), two-sided: a week is flagged when its approval rate differs ' +
  'from that of all earlier weeks of the same model version pooled with p < 0.01.';

export interface ProportionTest {
  z: number;
  pValue: number;
  flagged: boolean;
}

/** Tests x₁/n₁ against x₀/n₀; null when the test is undefined (see the module comment). */
export function twoProportionTest(
  x0: number,
  n0: number,
  x1: number,
  n1: number,
): ProportionTest | null {
  if (n0 <= 0 || n1 <= 0) {
    return null;
  }
  const pooled = (x0 + x1) / (n0 + n1);
  const variance = pooled * (1 - pooled) * (1 / n0 + 1 / n1);
  if (!(variance > 0)) {
    return null;
  }
  const z = (x1 / n1 - x0 / n0) / Math.sqrt(variance);
  const pValue = twoSidedNormalP(z);
  return { z, pValue, flagged: pValue < DRIFT_SIGNIFICANCE };
}
