/**
 * Retry delays (SYNC.md §6): exponential backoff with full jitter, from 1 s up to 5 min. Full
 * jitter (a uniform pick between zero and the cap) spreads a team's apps apart after a hub
 * restart, so they do not all come back in the same second. `Retry-After` from the hub is a
 * floor: the app never comes back sooner than the hub asked.
 */

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const SYNC_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

/** The cap for the `failures`-th consecutive failure (1 for the first): base·2^(n−1), at most max. */
export function backoffCap(failures: number, policy: BackoffPolicy = SYNC_BACKOFF): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}

/**
 * How long to wait after the `failures`-th consecutive failure: uniform in [0, cap) by
 * `random()` (a value in [0, 1)), and never less than `retryAfterMs` when the hub said so.
 */
export function retryDelay(
  failures: number,
  random: () => number,
  retryAfterMs?: number,
  policy: BackoffPolicy = SYNC_BACKOFF,
): number {
  const jittered = Math.floor(random() * backoffCap(failures, policy));
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, policy.maxMs));
}
