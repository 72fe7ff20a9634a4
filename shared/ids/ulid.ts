/**
 * Monotonic ULIDs (https://github.com/ulid/spec): 48-bit milliseconds + 80 random bits, in
 * Crockford base32, 26 characters. Event ids are ULIDs so that sorting by id sorts by creation
 * time, and ids minted on different devices never collide.
 *
 * The ids come from the `ulid` package's monotonic factory (randomness from
 * crypto.getRandomValues in the browser, node:crypto in Node). This module adds only what the app
 * relies on around it: an injectable clock for tests, a time checked before it reaches the
 * factory, moving on to the next millisecond instead of throwing mid-decision in the
 * (astronomically unlikely) case one millisecond's randomness is used up, and the strict pattern
 * the event schema checks (upper case, as the factory writes them).
 */
import { decodeTime, monotonicFactory, ULIDError, type PRNG } from 'ulid';

/** Crockford base32: no I, L, O, U (they read like 1, 1, 0 and V). */
export const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 10 time characters (the first at most 7, since 48 bits fill only 50 - 2) + 16 random ones. */
export const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

const MAX_TIME = 2 ** 48 - 1;

/** A fraction in [0, 1) per random character, like Math.random (the package's PRNG). */
export type RandomFraction = PRNG;

export interface UlidOptions {
  /** Milliseconds since the epoch; defaults to `Date.now`. Injected by tests. */
  now?: () => number;
  /** Defaults to the package's choice: crypto.getRandomValues, or node:crypto. */
  random?: RandomFraction;
}

/** A function returning a new ULID, strictly greater than every one it returned before. */
export type UlidGenerator = () => string;

/** True when `value` is a well-formed ULID (upper case, as this module writes them). */
export function isUlid(value: string): boolean {
  return ULID_PATTERN.test(value);
}

/** The creation time encoded in a ULID, in milliseconds since the epoch. */
export function ulidTime(id: string): number {
  if (!isUlid(id)) {
    throw new Error(`Not a ULID: ${JSON.stringify(id)}`);
  }
  return decodeTime(id);
}

/**
 * Creates a generator. Within one millisecond (or when the clock steps back) the factory reuses
 * the last time and adds one to the last randomness, so ids from one generator are strictly
 * increasing — a reviewer's rapid decisions keep their order.
 */
export function createUlidGenerator(options: UlidOptions = {}): UlidGenerator {
  const now = options.now ?? (() => Date.now());
  const factory = monotonicFactory(options.random);
  let last: string | undefined;

  return () => {
    const time = now();
    // The factory reads 0 and NaN as "now"; a time outside 48 bits is the caller's bug.
    if (!Number.isInteger(time) || time <= 0 || time > MAX_TIME) {
      throw new RangeError(`ULID time must be an integer in (0, 2^48): got ${time}`);
    }
    try {
      last = factory(time);
    } catch (error) {
      // The factory throws when the last randomness cannot be incremented (it was all Z).
      if (!(error instanceof ULIDError) || last === undefined) {
        throw error;
      }
      const next = decodeTime(last) + 1;
      if (next > MAX_TIME) {
        throw new RangeError('ULID space exhausted', { cause: error });
      }
      last = factory(next);
    }
    return last;
  };
}

/** The process-wide generator: one per app, so ids minted anywhere in it stay monotonic. */
export const ulid: UlidGenerator = createUlidGenerator();
