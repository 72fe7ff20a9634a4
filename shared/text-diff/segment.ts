/**
 * Tokenisation for the review diff (DESIGN.md "Import and export: edit metrics").
 *
 * A token is the smallest unit the diff may report as changed. Text in scripts written without
 * spaces (Han, kana, Hangul — and Thai, Lao, Khmer, Myanmar) and emoji is tokenised per grapheme
 * cluster: to a reader those characters are the units, and a dictionary word segmentation would
 * make a one-character edit look like a whole-word rewrite. Other text is tokenised per word, with
 * the whitespace and punctuation between words as their own tokens, so that a changed number
 * shows as `1,280` → `1,820`, not digit by digit. Mixed text needs no special case: 中文 by
 * character, English by word.
 *
 * Words come from a regular expression modelled on UAX #29 (letters, digits and marks, joined by
 * inner `.,'’:·` as in `1,280`, `3.14`, `don't`) rather than Intl.Segmenter 'word': it is linear
 * where V8's segmenter is not (see graphemes.ts), and identical on every engine and ICU version,
 * so a stored diff or metric never changes with the reviewer's Electron build.
 *
 * Invariant: tokens concatenate back to the exact input, and no token boundary falls inside a
 * grapheme cluster (an emoji ZWJ sequence or a letter with its combining marks is never split).
 */
import { segmentGraphemes } from './graphemes';

export { segmentGraphemes } from './graphemes';
export type { Splitter } from './graphemes';

/** Scripts whose graphemes are each a diff token. */
const CHARACTER_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Emoji and emoji-like graphemes (flags, keycaps `1️⃣`, text characters with VS16). */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3\uFE0F]/u;

/** Below © (U+00A9, the first Extended_Pictographic) a one-unit grapheme is never special. */
const FIRST_SPECIAL = 0xa9;

/**
 * A word (letters, digits, marks, connectors, with inner `.,'’:·`), a run of horizontal
 * whitespace, CRLF, or any single code point. The last branch makes the matches cover the text.
 */
const WORD =
  /[\p{L}\p{N}\p{M}\p{Pc}]+(?:[.,'’:·][\p{L}\p{N}\p{M}\p{Pc}]+)*|[^\S\r\n]+|\r\n|[\s\S]/gu;

/** Word splitting for the non-character runs (exported for tests). */
export function splitWordsForDiff(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** True for a grapheme the diff treats as a token of its own (unspaced script or emoji). */
export function isCharacterToken(grapheme: string): boolean {
  if (grapheme.length === 1 && grapheme.charCodeAt(0) < FIRST_SPECIAL) {
    return false; // fast path for ASCII-heavy text
  }
  return CHARACTER_SCRIPT.test(grapheme) || EMOJI.test(grapheme);
}

/**
 * Tokens for {@link diffTexts}: unspaced scripts and emoji per grapheme cluster, other text per
 * word and separator. `segmentForDiff(text).join('') === text` always holds.
 */
export function segmentForDiff(text: string): string[] {
  return tokensFromGraphemes(segmentGraphemes(text));
}

/** The tokeniser over already-split grapheme clusters (exported for tests of odd splits). */
export function tokensFromGraphemes(graphemes: readonly string[]): string[] {
  const tokens: string[] = [];
  let run: string[] = [];
  for (const grapheme of graphemes) {
    if (isCharacterToken(grapheme)) {
      if (run.length > 0) {
        pushWordTokens(run, tokens);
        run = [];
      }
      tokens.push(grapheme);
    } else {
      run.push(grapheme);
    }
  }
  if (run.length > 0) {
    pushWordTokens(run, tokens);
  }
  return tokens;
}

/**
 * Word-splits a run of graphemes and emits tokens that end only where both a word and a grapheme
 * cluster end: a word boundary inside a cluster (a ZWJ or variation selector after a letter, a
 * mark on a space) is skipped rather than honoured, so clusters stay whole.
 */
function pushWordTokens(graphemes: readonly string[], out: string[]): void {
  const text = graphemes.join('');
  let graphemeIndex = 0;
  let graphemeEnd = 0; // end offset of graphemes[0 .. graphemeIndex)
  let tokenStart = 0;
  let offset = 0;
  for (const word of splitWordsForDiff(text)) {
    offset += word.length;
    while (graphemeEnd < offset && graphemeIndex < graphemes.length) {
      graphemeEnd += graphemes[graphemeIndex]?.length ?? 0;
      graphemeIndex += 1;
    }
    if (graphemeEnd === offset) {
      out.push(text.slice(tokenStart, offset));
      tokenStart = offset;
    }
  }
}
