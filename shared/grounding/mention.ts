/**
 * A fact found in a text (number, date, name) and the claim mask that keeps facts from
 * overlapping: extractors run from most to least specific, and each takes only unclaimed text.
 */
import type { FactKind } from './types';

export interface Mention {
  kind: FactKind;
  start: number;
  end: number;
  /** Exact comparison key: 'n:1280|TWD', 't:15:00', 'c:0922318406', 'd:2026-11-28', name tokens. */
  key: string;
  /**
   * The narrower span and key used when nothing matches `key` exactly: the numeral of a number
   * with a unit ('n:1280|'), the month and day of a date with a year ('d:11-28'). Equal to the
   * full span and key when there is nothing narrower.
   */
  coreStart: number;
  coreEnd: number;
  coreKey: string;
  /** The year of a date, when written. Dates whose years differ never match. */
  year?: number;
  /** Digit-only parts of an identifier ("220" in "NW 220"): values present, but not linked. */
  digitParts?: string[];
}

/** Marks text taken by an extractor. */
export class Claims {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }

  /** Takes [start, end) if no part of it is taken yet; returns whether it did. */
  take(start: number, end: number): boolean {
    if (end <= start) {
      return false;
    }
    for (let i = start; i < end; i += 1) {
      if (this.taken[i] === 1) {
        return false;
      }
    }
    this.taken.fill(1, start, end);
    return true;
  }
}

/** A mention whose core is itself. */
export function plainMention(kind: FactKind, start: number, end: number, key: string): Mention {
  return { kind, start, end, key, coreStart: start, coreEnd: end, coreKey: key };
}

/**
 * Canonical decimal form of a numeral: separators dropped, leading zeros and trailing
 * fractional zeros removed ("1,280" → "1280", "03.50" → "3.5"). Compared as strings, so 14 and
 * 140 never match.
 */
export function canonicalNumber(numeral: string): string {
  if (numeral.charCodeAt(0) !== 48 && /^\d+$/.test(numeral)) {
    return numeral; // the common case, without the splitting below
  }
  const plain = numeral.replaceAll(',', '');
  const [whole = '', fraction = ''] = plain.split('.');
  const int = whole.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}
