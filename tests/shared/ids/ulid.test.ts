import fc from 'fast-check';
import { monotonicFactory } from 'ulid';
import { describe, expect, it } from 'vitest';
import {
  createUlidGenerator,
  isUlid,
  ULID_ALPHABET,
  ULID_PATTERN,
  ulid,
  ulidTime,
} from '../../../shared/ids/ulid';

/** Randomness that draws the first and the last character of the alphabet, every time. */
const zeros = () => 0;
const ones = () => 0.999;

/** A PRNG that returns `digits` (each 0–31) in turn, as the fractions that pick them. */
const drawing = (digits: readonly number[]) => {
  let i = 0;
  return () => (digits[i++ % digits.length] ?? 0) / 32;
};

describe('ULID', () => {
  it('is 26 characters of Crockford base32', () => {
    const id = ulid();
    expect(id).toHaveLength(26);
    expect(id).toMatch(ULID_PATTERN);
    expect([...id].every((char) => ULID_ALPHABET.includes(char))).toBe(true);
    expect(ULID_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('encodes time and randomness at known positions', () => {
    const next = createUlidGenerator({ now: () => 1_469_918_176_385, random: zeros });
    expect(next()).toBe('01ARYZ6S410000000000000000');
    const max = createUlidGenerator({ now: () => 2 ** 48 - 1, random: ones });
    expect(max()).toBe('7ZZZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(ulidTime('01ARYZ6S410000000000000000')).toBe(1_469_918_176_385);
  });

  it('is strictly increasing within one millisecond', () => {
    const next = createUlidGenerator({ now: () => 1000, random: zeros });
    expect([next(), next(), next()]).toEqual([
      '00000000Z80000000000000000',
      '00000000Z80000000000000001',
      '00000000Z80000000000000002',
    ]);
  });

  it('keeps increasing when the clock steps back', () => {
    let time = 5000;
    const next = createUlidGenerator({ now: () => time });
    const first = next();
    time = 4000;
    const second = next();
    expect(second > first).toBe(true);
    expect(ulidTime(second)).toBe(5000);
  });

  it('moves to the next millisecond when the randomness of one is used up', () => {
    const next = createUlidGenerator({ now: () => 1000, random: ones });
    const first = next();
    const second = next();
    expect(second > first).toBe(true);
    expect(ulidTime(second)).toBe(1001);
  });

  it('sorts by creation time, whatever the randomness', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 48 - 1 }), { minLength: 2, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 16, maxLength: 16 }),
        (times, noise) => {
          // The factory reads time 0 as "now": start at 1 ms.
          const sorted = [...times].sort((a, b) => a - b).map((time) => Math.max(1, time));
          let i = 0;
          const next = createUlidGenerator({
            now: () => sorted[i++] ?? 1,
            random: drawing(noise),
          });
          const ids = sorted.map(() => next());
          expect([...ids].sort()).toEqual(ids);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.every(isUlid)).toBe(true);
        },
      ),
    );
  });

  it('refuses times outside 48 bits and malformed ids', () => {
    expect(() => createUlidGenerator({ now: () => 2 ** 48 })()).toThrow(RangeError);
    expect(() => createUlidGenerator({ now: () => -1 })()).toThrow(RangeError);
    expect(() => createUlidGenerator({ now: () => 0 })()).toThrow(RangeError);
    expect(() => createUlidGenerator({ now: () => 1.5 })()).toThrow(RangeError);
    expect(isUlid('01ARYZ6S41000000000000000I')).toBe(false);
    expect(isUlid('81ARYZ6S410000000000000000')).toBe(false);
    expect(isUlid('01aryz6s410000000000000000')).toBe(false);
    expect(() => ulidTime('nope')).toThrow('Not a ULID');
  });

  it('mints the ids the ulid package mints for the same time and randomness', () => {
    const digits = [3, 14, 15, 9, 26, 5, 31, 0, 8, 9, 7, 9, 3, 2, 3, 8];
    const ours = createUlidGenerator({ now: () => 1_800_000_000_000, random: drawing(digits) });
    const theirs = monotonicFactory(drawing(digits));
    const minted = [ours(), ours(), ours()];
    expect(minted).toEqual([1, 2, 3].map(() => theirs(1_800_000_000_000)));
    expect(ulidTime(minted[0]!)).toBe(1_800_000_000_000);
  });

  it('draws its randomness from crypto by default', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => ulid()));
    expect(ids.size).toBe(1000);
  });
});
