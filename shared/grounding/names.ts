/**
 * Names: identifiers and model names with digits (K7P2QX, QH241022-0087, NW 220, iPhone 15),
 * terms quoted with 「」『』《》, Latin words with a capital inside Chinese sentences (Google,
 * LINE Pay; a lone word of fewer than four letters, such as IT or Pro, is not one), and runs of two or more capitalised English words that are not the first word of
 * a sentence (sentence-initial capitals say nothing). Chinese personal names are not attempted:
 * without a dictionary any guess would claim more than the text shows.
 */
import { hasCjk } from './fold';
import type { Claims } from './mention';
import { canonicalNumber, type Mention, plainMention } from './mention';
import { isQuantity } from './numbers';
import { tokenKeys } from './tokens';
import type { Span } from './types';

// The lookahead skips digit-free words cheaply: most words of an English text are not identifiers.
const IDENT =
  /(?<![A-Za-z0-9]|\d[.,])(?=[A-Za-z0-9._/-]*\d)[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*(?![A-Za-z0-9])/g;
// The lookahead rejects a word not followed by " <digit>" in one scan, before the alternatives.
const MODEL =
  /(?<![A-Za-z0-9])(?=[A-Za-z]+ \d)(?:[A-Z]{2,5}|[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*) \d+[A-Za-z]?(?![A-Za-z0-9])/g;
const NOT_MODEL_PREFIX = /^(?:NT|US|USD|NTD|TWD|EUR|GBP|JPY|CNY|RMB|HKD|AM|PM) /;
const QUOTED = /[「『《]([^「」『』《》\n]{1,40})[」』》]/dgu;
const CAP_WORD = "\\p{Lu}[\\p{Script=Latin}\\p{M}']*";
const EN_NAME = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}'])${CAP_WORD}(?:[ \\t]${CAP_WORD})+(?![\\p{Script=Latin}\\p{N}])`,
  'gu',
);
const LATIN_WORD = '\\p{Script=Latin}*\\p{Lu}\\p{Script=Latin}*';
const LATIN_IN_CJK = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}])${LATIN_WORD}(?: ${LATIN_WORD})*(?![\\p{Script=Latin}\\p{N}])`,
  'gu',
);
/** "21-year-old", "3-day", "24-hour": a number made an adjective, not an identifier. */
const HYPHENATED_MEASURE = /^\d+(?:[.,]\d+)?(?:-[a-z]+)+$/;
/**
 * A lone Latin word in a Chinese sentence is a name (Google, LINE) only with four letters or
 * more: short capitals (IT, MI, AI) and model suffixes (Pro, Max) are words, not names a source
 * must hold.
 */
const MIN_LONE_LATIN_LETTERS = 4;
const HAS_LETTER = /[A-Za-z]/;
const HAS_DIGIT = /\d/;
const CONTENT = /[\p{L}\p{N}]/u;
/**
 * Capitalised words that open or close a name without being part of it: greetings ("Hi Sarah
 * Chen") and honorifics (a source says "Daniel Okafor", the draft "Mr Okafor").
 */
const EDGE_WORDS = new Set(
  'I Hi Hello Dear Thanks Thank Please Sorry Yes No OK Regards Best Kind Sincerely Cheers Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Mx Sir Madam'.split(
    ' ',
  ),
);

function nameMention(folded: string, start: number, end: number): Mention | undefined {
  const keys = tokenKeys(folded.slice(start, end));
  if (keys.length === 0) {
    return undefined;
  }
  const mention = plainMention('name', start, end, keys.join(' '));
  const digits = keys.filter((key) => /^\d+$/.test(key));
  if (digits.length > 0) {
    mention.digitParts = digits.map(canonicalNumber);
  }
  return mention;
}

function push(folded: string, claims: Claims, out: Mention[], start: number, end: number) {
  const mention = nameMention(folded, start, end);
  if (mention && claims.take(start, end)) {
    out.push(mention);
  }
}

/** Finds identifiers and model names; run before numbers so "NW 220" is not the number 220. */
export function findIdentifiers(folded: string, claims: Claims, out: Mention[]): void {
  for (const m of folded.matchAll(MODEL)) {
    if (!NOT_MODEL_PREFIX.test(m[0])) {
      push(folded, claims, out, m.index, m.index + m[0].length);
    }
  }
  for (const m of folded.matchAll(IDENT)) {
    if (
      HAS_LETTER.test(m[0]) &&
      HAS_DIGIT.test(m[0]) &&
      !isQuantity(m[0]) &&
      !HYPHENATED_MEASURE.test(m[0])
    ) {
      push(folded, claims, out, m.index, m.index + m[0].length);
    }
  }
}

/** Trims greeting words (and a sentence-initial word) off a run; undefined if too few remain. */
function trimRun(
  text: string,
  start: number,
  atSentenceStart: boolean,
  minWords: number,
): Span | undefined {
  const words = [...text.matchAll(/\S+/g)].map((w) => ({
    s: w.index,
    e: w.index + w[0].length,
    w: w[0],
  }));
  if (atSentenceStart) {
    words.shift();
  }
  while (words.length > 0 && EDGE_WORDS.has(words[0]?.w ?? '')) {
    words.shift();
  }
  while (words.length > 0 && EDGE_WORDS.has(words[words.length - 1]?.w ?? '')) {
    words.pop();
  }
  const first = words[0];
  const last = words[words.length - 1];
  return first && last && words.length >= minWords
    ? { start: start + first.s, end: start + last.e }
    : undefined;
}

/** Index of the sentence holding `offset`, or -1 (binary search over sorted spans). */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (offset < s.start) {
      hi = mid - 1;
    } else if (offset >= s.end) {
      lo = mid + 1;
    } else {
      return mid;
    }
  }
  return -1;
}

/**
 * Finds quoted terms and names (`sentences` from segmentSentences). Each regex runs once over
 * the whole text and its matches are sorted into sentences: per-sentence regex runs cost more.
 */
export function findNames(
  folded: string,
  claims: Claims,
  out: Mention[],
  sentences: readonly Span[],
): void {
  for (const m of folded.matchAll(QUOTED)) {
    const [start, end] = m.indices?.[1] ?? [0, 0];
    if (CONTENT.test(m[1] ?? '')) {
      push(folded, claims, out, start, end);
    }
  }
  const cjk = sentences.map((s) => hasCjk(folded.slice(s.start, s.end)));
  // In Chinese sentences one capitalised Latin word is already a name (Google, LINE); in
  // English ones it takes two. Either way a sentence's first word proves nothing.
  const runs = (regex: RegExp, inCjk: boolean, minWords: number) => {
    for (const m of folded.matchAll(regex)) {
      const s = sentenceAt(sentences, m.index);
      const sentence = sentences[s];
      if (!sentence || cjk[s] !== inCjk || m[0].length < 2) {
        continue;
      }
      const firstContent =
        sentence.start + folded.slice(sentence.start, m.index + 1).search(CONTENT);
      const span = trimRun(m[0], m.index, m.index === firstContent, minWords);
      const lone = span !== undefined && !/\s/.test(folded.slice(span.start, span.end));
      if (inCjk && lone && span.end - span.start < MIN_LONE_LATIN_LETTERS) {
        continue;
      }
      if (span) {
        push(folded, claims, out, span.start, span.end);
      }
    }
  };
  runs(LATIN_IN_CJK, true, 1);
  runs(EN_NAME, false, 2);
}
