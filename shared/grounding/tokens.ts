/**
 * Tokens for phrase and name matching: each CJK character is one token (those scripts have no
 * spaces, so characters are the only safe unit), everything else is a word of letters and digits.
 * Keys are case-folded and ignore punctuation, so "Refund, Policy" and "refund policy" agree.
 *
 * Tokens are stored as parallel typed arrays of interned ids, not objects: sources run to
 * ~200 KB per call, and 200,000 small objects cost more in garbage collection than the matching.
 */
import { foldText, isCjkCodePoint, isWordCodePoint } from './fold';

/** Interns token keys as small positive integers, shared by the draft and its sources. */
export class Vocabulary {
  private readonly byKey = new Map<string, number>();
  /** Ids of BMP CJK characters by code point: a typed array is faster than a Map here. */
  private byCodePoint: Int32Array | undefined; // allocated on first use: tokenKeys makes many
  private readonly keys: string[] = [''];

  /** The largest id handed out so far. */
  get size(): number {
    return this.keys.length - 1;
  }

  /** The id of `key`, adding it if new. */
  add(key: string): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.byKey.set(key, id);
    }
    return id;
  }

  /** The id of a one-character CJK key, without building a string for characters seen before. */
  addCodePoint(cp: number): number {
    if (cp > 0xffff) {
      return this.add(String.fromCodePoint(cp));
    }
    this.byCodePoint ??= new Int32Array(0x10000);
    let id = this.byCodePoint[cp] ?? 0;
    if (id === 0) {
      id = this.add(String.fromCharCode(cp));
      this.byCodePoint[cp] = id;
    }
    return id;
  }

  /** The id of `key`, or 0 if no text seen so far holds it. */
  find(key: string): number {
    return this.byKey.get(key) ?? 0;
  }

  keyOf(id: number): string {
    return this.keys[id] ?? '';
  }
}

/** Token i spans [starts[i], ends[i]) and has id ids[i]; cjk[i] is 1 for a CJK character. */
export interface Tokens {
  length: number;
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  cjk: Uint8Array;
}

const OTHER = 0;
const WORD = 1;
const CJK = 2;

/** Class + 1 of each BMP code point seen so far (0: not yet classified), to skip regex tests. */
const BMP_CLASS = new Uint8Array(0x10000);

function classifySlow(cp: number): number {
  if (cp < 0x80) {
    return isWordCodePoint(cp) ? WORD : OTHER;
  }
  // The common Han block first: it is most of a zh-TW text and needs no regex.
  if ((cp >= 0x4e00 && cp <= 0x9fff) || isCjkCodePoint(cp)) {
    return CJK;
  }
  return isWordCodePoint(cp) ? WORD : OTHER;
}

function classify(cp: number): number {
  if (cp > 0xffff) {
    return classifySlow(cp);
  }
  const cached = BMP_CLASS[cp] ?? 0;
  if (cached !== 0) {
    return cached - 1;
  }
  const cls = classifySlow(cp);
  BMP_CLASS[cp] = cls + 1;
  return cls;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The code point at i: charCodeAt unless it is a surrogate pair (emoji, CJK extension B). */
function codeAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? unit) : unit;
}

const COMMA = 44;
const DOT = 46;
const APOSTROPHE = 39;

/** Where the word starting at `start` ends: "," and "." join digits, "'" joins letters. */
function wordEnd(folded: string, start: number, to: number): number {
  let i = start;
  while (i < to) {
    const cp = codeAt(folded, i);
    if (classify(cp) === WORD) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const before = folded.charCodeAt(i - 1);
    const after = i + 1 < to ? folded.charCodeAt(i + 1) : -1;
    const digits = (cp === COMMA || cp === DOT) && isDigit(before) && isDigit(after);
    const apostrophe =
      cp === APOSTROPHE && !isDigit(before) && after >= 0 && classify(after) === WORD;
    if (!digits && !apostrophe) {
      return i;
    }
    i += 1;
  }
  return i;
}

/** The interned key of the word folded[start, end): lower-cased, thousands separators dropped. */
const NEEDS_FOLD = /[^a-z0-9']/;

function wordId(folded: string, start: number, end: number, vocab: Vocabulary): number {
  let word = folded.slice(start, end);
  if (NEEDS_FOLD.test(word)) {
    word = word.toLowerCase().replaceAll(',', '');
  }
  return vocab.add(word);
}

/** Tokenises `folded` (output of foldText) between `from` and `to`, interning into `vocab`. */
export function tokenize(folded: string, vocab: Vocabulary, from = 0, to = folded.length): Tokens {
  const size = Math.max(0, to - from);
  const ids = new Int32Array(size);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const cjk = new Uint8Array(size);
  let n = 0;
  let i = from;
  while (i < to) {
    const cp = codeAt(folded, i);
    const width = cp > 0xffff ? 2 : 1;
    const cls = classify(cp);
    if (cls === OTHER) {
      i += width;
      continue;
    }
    const end = cls === CJK ? i + width : wordEnd(folded, i + width, to);
    ids[n] = cls === CJK ? vocab.addCodePoint(cp) : wordId(folded, i, end, vocab);
    starts[n] = i;
    ends[n] = end;
    cjk[n] = cls === CJK ? 1 : 0;
    n += 1;
    i = end;
  }
  return {
    length: n,
    ids: ids.subarray(0, n),
    starts: starts.subarray(0, n),
    ends: ends.subarray(0, n),
    cjk: cjk.subarray(0, n),
  };
}

/** The token keys of a raw (unfolded) text: the normal form names and phrases compare in. */
export function tokenKeys(text: string): string[] {
  const vocab = new Vocabulary();
  return [...tokenize(foldText(text), vocab).ids].map((id) => vocab.keyOf(id));
}

// Function words that make a phrase look shared without saying anything about the source.
const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been being it its ' +
    'this that these those you your yours we our ours us i me my he she they them their his her ' +
    'will would can could should may might must do does did have has had not no nor if so then ' +
    'than there here please thank thanks hi hello dear also just any all some more most very ' +
    'about into out up down over again once only own same such too what which who whom when ' +
    "where why how let let's i'm we're you're it's don't can't won't " +
    [
      ...'的了是在我你您們他她它這那就也都和與及或等請謝有會可以要到為一不個之而並於被把給讓很嗎呢吧啊喔',
    ].join(' ')
  ).split(' '),
);

/** True for a token key that carries no content on its own. */
export function isStopKey(key: string): boolean {
  return STOP_WORDS.has(key);
}
