/**
 * Why a hub call did not succeed, in the terms the app acts on (SYNC.md §6): whether to retry,
 * when, and what to tell the reviewer. Plain data, so it crosses IPC unchanged.
 */
import { z } from '../validation/zod';

export const HUB_FAILURE_KINDS = [
  /** No answer at all: no network, the hub is down, DNS failed, the connection was cut. */
  'offline',
  /** The hub did not answer within the time allowed. */
  'timeout',
  /** 401: the token is missing, wrong or revoked. Retrying will not help. */
  'unauthorized',
  /** 403: the token's role may not do this. */
  'forbidden',
  /** 429: too many requests; `retryAfterMs` says when to come back. */
  'rate-limited',
  /** 503 or another 5xx: the hub is busy or failing; retry later. */
  'unavailable',
  /** Another 4xx: the hub refused the request itself (the message says why). */
  'refused',
  /** The hub answered something that is not what the protocol says (wrong server?). */
  'bad-answer',
  /** No hub is connected on this machine. */
  'not-connected',
] as const;
export type HubFailureKind = (typeof HUB_FAILURE_KINDS)[number];

export const hubFailureSchema = z.object({
  kind: z.enum(HUB_FAILURE_KINDS),
  /** The HTTP status, when there was an answer. */
  status: z.number().int().optional(),
  /** The hub's error code (`batch_too_large`, `device_taken`…), when it gave one. */
  code: z.string().max(200).optional(),
  /** For people: the hub's message, or what went wrong on the way. Never a token. */
  message: z.string().max(2_000),
  /** From `Retry-After`, in milliseconds. */
  retryAfterMs: z.number().int().nonnegative().optional(),
});
export type HubFailure = z.infer<typeof hubFailureSchema>;

/** A call's outcome: its checked answer, or why there is none. */
export type HubResult<T> = { ok: true; value: T } | { ok: false; failure: HubFailure };

/** True for failures that a later retry of the same request may get past. */
export function isTransient(failure: HubFailure): boolean {
  return (
    failure.kind === 'offline' ||
    failure.kind === 'timeout' ||
    failure.kind === 'rate-limited' ||
    failure.kind === 'unavailable'
  );
}

/** The failure kind of an HTTP status that is not a success. */
export function failureKindOf(status: number): HubFailureKind {
  if (status === 401) {
    return 'unauthorized';
  }
  if (status === 403) {
    return 'forbidden';
  }
  if (status === 429) {
    return 'rate-limited';
  }
  if (status >= 500) {
    return 'unavailable';
  }
  return 'refused';
}

/**
 * `Retry-After` as milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3). Absent or
 * unreadable values give undefined; a date in the past gives 0.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const text = value.trim();
  if (/^\d{1,9}$/.test(text)) {
    return Number(text) * 1000;
  }
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
