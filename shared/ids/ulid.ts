/**
 * Monotonic ULIDs (https://github.com/ulid/spec): 48-bit milliseconds + 80 random bits, in
 * Crockford base32, 26 characters. Event ids are ULIDs so that sorting by id sorts by creation
 * time, and ids minted on different devices never collide.
 */

/** Crockford base32: no I, L, O, U (they read like 1, 1, 0 and V). */
export const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 10 time characters (the first at most 7, since 48 bits fill only 50 - 2) + 16 random ones. */
export const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

const TIME_CHARS = 10;
const RANDOM_BYTES = 10;
const MAX_TIME = 2 ** 48 - 1;

/** Fills the array with random bytes and returns it, like `crypto.getRandomValues`. */
export type RandomFill = (bytes: Uint8Array) => Uint8Array;

export interface UlidOptions {
  /** Milliseconds since the epoch; defaults to `Date.now`. Injected by tests. */
  now?: () => number;
  /** Defaults to `globalThis.crypto.getRandomValues` (available in browsers and Node ≥ 20). */
  random?: RandomFill;
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
  let time = 0;
  for (const char of id.slice(0, TIME_CHARS)) {
    time = time * 32 + ULID_ALPHABET.indexOf(char);
  }
  return time;
}

/**
 * Creates a generator. Within one millisecond (or when the clock steps back) it reuses the last
 * time and adds one to the last randomness, so ids from one generator are strictly increasing —
 * a reviewer's rapid decisions keep their order. On the (astronomically unlikely) overflow of the
 * 80 random bits it moves on to the next millisecond rather than throwing mid-decision.
 */
export function createUlidGenerator(options: UlidOptions = {}): UlidGenerator {
  const now = options.now ?? (() => Date.now());
  const random: RandomFill =
    options.random ?? ((bytes) => globalThis.crypto.getRandomValues(bytes));
  let lastTime = -1;
  let lastRandom: Uint8Array = new Uint8Array(RANDOM_BYTES);

  return () => {
    const time = now();
    if (!Number.isInteger(time) || time < 0 || time > MAX_TIME) {
      throw new RangeError(`ULID time must be an integer in [0, 2^48): got ${time}`);
    }
    if (time > lastTime) {
      lastTime = time;
      lastRandom = random(new Uint8Array(RANDOM_BYTES));
    } else if (!increment(lastRandom)) {
      if (lastTime === MAX_TIME) {
        throw new RangeError('ULID space exhausted');
      }
      lastTime += 1;
      lastRandom = random(new Uint8Array(RANDOM_BYTES));
    }
    return encodeTime(lastTime) + encodeRandom(lastRandom);
  };
}

/** Adds one to a big-endian byte string in place; false when it wrapped around to zero. */
function increment(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 1; i >= 0; i -= 1) {
    const byte = bytes[i] ?? 0;
    if (byte < 0xff) {
      bytes[i] = byte + 1;
      return true;
    }
    bytes[i] = 0;
  }
  return false;
}

function encodeTime(time: number): string {
  let out = '';
  let rest = time;
  for (let i = 0; i < TIME_CHARS; i += 1) {
    out = ULID_ALPHABET.charAt(rest % 32) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** 80 bits → 16 characters of 5 bits, most significant first. */
function encodeRandom(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff; // at most 12 bits are ever pending
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ULID_ALPHABET.charAt((buffer >> bits) & 31);
    }
  }
  return out;
}

/** The process-wide generator: one per app, so ids minted anywhere in it stay monotonic. */
export const ulid: UlidGenerator = createUlidGenerator();
