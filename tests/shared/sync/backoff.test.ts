/** Retry delays (SYNC.md §6): exponential from 1 s to 5 min, full jitter, Retry-After a floor. */
import { describe, expect, it } from 'vitest';
import { SYNC_BACKOFF, backoffCap, retryDelay } from '../../../shared/sync/backoff';

describe('backoffCap', () => {
  it('doubles from 1 s per consecutive failure, up to 5 min', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 10].map((failures) => backoffCap(failures))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 128_000, 256_000, 300_000,
    ]);
  });

  it('stays at the maximum however many failures, and at the base for none', () => {
    expect(backoffCap(1_000)).toBe(SYNC_BACKOFF.maxMs);
    expect(backoffCap(Number.MAX_SAFE_INTEGER)).toBe(SYNC_BACKOFF.maxMs);
    expect(backoffCap(0)).toBe(1_000);
    expect(backoffCap(-3)).toBe(1_000);
  });

  it('follows another policy', () => {
    const policy = { baseMs: 500, maxMs: 3_000 };
    expect([1, 2, 3, 4, 5].map((failures) => backoffCap(failures, policy))).toEqual([
      500, 1_000, 2_000, 3_000, 3_000,
    ]);
  });
});

describe('retryDelay', () => {
  it('picks uniformly between zero and the cap (full jitter)', () => {
    expect(retryDelay(3, () => 0)).toBe(0);
    expect(retryDelay(3, () => 0.5)).toBe(2_000);
    expect(retryDelay(3, () => 0.999_999)).toBe(3_999);
    expect(retryDelay(20, () => 0.5)).toBe(150_000);
  });

  it('never comes back sooner than Retry-After asked', () => {
    expect(retryDelay(1, () => 0, 7_000)).toBe(7_000);
    expect(retryDelay(1, () => 0.9, 100)).toBe(900);
  });

  it('caps a Retry-After longer than the policy allows at its maximum', () => {
    expect(retryDelay(1, () => 0, 24 * 3_600_000)).toBe(SYNC_BACKOFF.maxMs);
    expect(retryDelay(1, () => 0, 120_000, { baseMs: 1_000, maxMs: 60_000 })).toBe(60_000);
  });

  it('spreads many clients apart after a hub restart', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const delays = Array.from({ length: 200 }, () => retryDelay(4, random));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(8_000);
    expect(new Set(delays.map((delay) => Math.floor(delay / 1_000))).size).toBe(8);
  });
});
