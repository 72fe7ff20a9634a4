/**
 * How search compares text (issue 12, point 12): both the search and the searched text are
 * folded, then compared as plain substrings (which works for Chinese without word splitting).
 * Folding makes these equal:
 * - case and width: NFKC then lowercase, so `ＡＢＣ`, `ABC` and `abc`, `１２８０` and `1280`;
 * - script: Simplified and Traditional Chinese (chinese-script-fold.ts);
 * - number grouping: `1,280`, `NT$1,280` and `１，２８０` all hold `1280`;
 * - spacing: every run of white space is one space, and invisible characters (bidi controls,
 *   zero-width characters, soft hyphens) are dropped, so a hidden mark inside a word or an
 *   amount does not hide it from search.
 *
 * Folding works per code point, so it can say where each folded unit came from: a match found in
 * the folded text maps back to offsets in the original (`findMatches`), which is what the review
 * screen highlights.
 *
 * Drafts' folded texts are stored (renderer/db/search-segment-row.ts): a change to what folding
 * gives must bump SEARCH_FOLD_VERSION there, or searches keep comparing against the old fold.
 */
import { foldChineseCodePoint } from './chinese-script-fold';

/** A match in the original text: `text.slice(start, end)`. */
export interface TextMatch {
  start: number;
  end: number;
}

/** Invisible characters search ignores (the review screen draws them as markers, not text). */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/**
 * A comma that groups digits: after a digit and before exactly three (`1,280`), or before two
 * and another comma (Indian grouping, `1,28,000`). A comma before other digit counts separates
 * items (`3,4`) and stays. The full-width comma is a thousands separator only between
 * full-width digits: in Chinese it separates clauses (`500，200`).
 */
function isGroupingComma(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const [low, high] = code === 0x2c ? [0x30, 0x39] : [0xff10, 0xff19];
  const digit = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= low && c <= high;
  };
  if (!digit(at - 1)) {
    return false;
  }
  if (digit(at + 1) && digit(at + 2) && digit(at + 3)) {
    return !digit(at + 4);
  }
  return digit(at + 1) && digit(at + 2) && text.charCodeAt(at + 3) === code && digit(at + 4);
}

/** The folded form of one code point: '' for an invisible one, ' ' for any white space. */
function foldCodePoint(cp: number): string {
  const character = String.fromCodePoint(cp);
  if (INVISIBLE.test(character)) {
    return '';
  }
  let folded = '';
  for (const unit of character.normalize('NFKC').toLowerCase()) {
    folded += /\s/.test(unit)
      ? ' '
      : String.fromCodePoint(foldChineseCodePoint(unit.codePointAt(0)!));
  }
  return folded;
}

// What each code unit of the Basic Multilingual Plane folds to, filled in as met: 0 not known
// yet, DROPPED for nothing, SEVERAL when it folds to more than one unit (see `several`).
const NOT_KNOWN = 0;
const DROPPED = 0xfffe;
const SEVERAL = 0xffff;
const single = new Uint16Array(0x10000);
const several = new Map<number, string>();
const SPACE = 0x20;

/** Folded units out, grown as needed; reused, since folding runs over every draft. */
let buffer = new Uint16Array(4096);
const decoder = new TextDecoder('utf-16le');

/**
 * Folds `text`, and when `origins` is given fills it with, for each folded code unit, the
 * offset in `text` of the code point it came from (plus one last entry: `text.length`). One
 * loop over code units with a lookup table: the index of 100k drafts folds every one of them.
 */
function foldInto(text: string, origins?: number[]): string {
  const length = text.length;
  if (buffer.length < length * 3 + 2) {
    buffer = new Uint16Array(length * 3 + 2);
  }
  const out = buffer;
  let n = 0;
  for (let i = 0; i < length; i += 1) {
    let unit = text.charCodeAt(i);
    let piece: string | undefined;
    if (unit < 0x80) {
      if (unit >= 0x41 && unit <= 0x5a) {
        unit += 32;
      } else if (
        unit === 0x09 ||
        unit === 0x0a ||
        unit === 0x0d ||
        unit === 0x0b ||
        unit === 0x0c
      ) {
        unit = SPACE;
      } else if (unit === 0x2c && isGroupingComma(text, i)) {
        continue;
      }
    } else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      piece = foldCodePoint(text.codePointAt(i)!);
    } else if (unit === 0xff0c && isGroupingComma(text, i)) {
      continue;
    } else {
      let folded = single[unit]!;
      if (folded === NOT_KNOWN) {
        folded = learn(unit);
      }
      if (folded === DROPPED) {
        continue;
      }
      if (folded === SEVERAL) {
        piece = several.get(unit);
      } else {
        unit = folded;
      }
    }
    if (piece === undefined) {
      if (unit !== SPACE || n === 0 || out[n - 1] !== SPACE) {
        out[n] = unit;
        n += 1;
        origins?.push(i);
      }
      continue;
    }
    for (let k = 0; k < piece.length; k += 1) {
      const next = piece.charCodeAt(k);
      if (next !== SPACE || n === 0 || out[n - 1] !== SPACE) {
        out[n] = next;
        n += 1;
        origins?.push(i);
      }
    }
    if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      i += 1;
    }
  }
  origins?.push(length);
  return decoder.decode(out.subarray(0, n));
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Fills the table entry of a BMP code unit met for the first time. */
function learn(unit: number): number {
  const piece = foldCodePoint(unit);
  const folded = piece === '' ? DROPPED : piece.length === 1 ? piece.charCodeAt(0) : SEVERAL;
  if (folded === SEVERAL) {
    several.set(unit, piece);
  }
  single[unit] = folded;
  return folded;
}

/** `text` folded for comparison; a search folds its query with the same function. */
export function foldSearchText(text: string): string {
  return foldInto(text);
}

/** Folded text and, per folded code unit, its offset in the original (see `foldInto`). */
export function foldWithOrigins(text: string): { folded: string; origins: number[] } {
  const origins: number[] = [];
  return { folded: foldInto(text, origins), origins };
}

/** A query as search compares it: folded, and without spaces at its ends. */
export function foldQuery(query: string): string {
  return foldSearchText(query).trim();
}

/**
 * Where `query` occurs in `text` under folding, as offsets into `text`, in order and without
 * overlap. A match covers whole code points of the original, including invisible characters
 * inside it.
 */
export function findMatches(text: string, query: string): TextMatch[] {
  const needle = foldQuery(query);
  if (needle === '') {
    return [];
  }
  const { folded, origins } = foldWithOrigins(text);
  const matches: TextMatch[] = [];
  for (
    let at = folded.indexOf(needle);
    at !== -1;
    at = folded.indexOf(needle, at + needle.length)
  ) {
    // The match ends with the code point its last folded unit came from.
    const lastStart = origins[at + needle.length - 1]!;
    const end = lastStart + (text.codePointAt(lastStart)! > 0xffff ? 2 : 1);
    matches.push({ start: origins[at]!, end });
  }
  return matches;
}
