/**
 * Length-preserving text folding. Every UTF-16 code unit maps to exactly one code unit, so any
 * offset found in the folded text is valid in the original: that is what lets the engine match
 * on normalised text while reporting verbatim offsets.
 */

/**
 * Code units that fold to something else. The full-width comma U+FF0C is left alone on purpose:
 * in Chinese it separates clauses ("500，200"), and folding it would fuse two numbers into one.
 */
const FOLDABLE =
  /[\u00A0\u2000-\u200F\u2010-\u2015\u2018-\u201F\u2028-\u202F\u205F-\u206F\u2212\u3000\uFEFF\uFF01-\uFF0B\uFF0D-\uFF5E]/g;

function foldUnit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    // Full-width ASCII (０-９, Ａ-Ｚ, ％, ＄, ：) sits at a fixed distance from ASCII.
    return String.fromCharCode(code - 0xfee0);
  }
  if (code >= 0x2010 && code <= 0x2015) {
    return '-';
  }
  if (code === 0x2212) {
    return '-';
  }
  if (code >= 0x2018 && code <= 0x201b) {
    return "'";
  }
  if (code >= 0x201c && code <= 0x201f) {
    return '"';
  }
  if (code === 0x2028 || code === 0x2029) {
    return '\n';
  }
  // Spaces, zero-width characters, bidi marks and the BOM all become a plain space: they carry
  // no meaning for matching, and a space keeps token boundaries where a hostile input hid them.
  return ' ';
}

/**
 * A full-width comma between full-width digit groups ("１，２８０") is a thousands separator:
 * whoever types full-width digits types the matching comma. Between half-width digits it stays
 * clause punctuation.
 */
const FULL_WIDTH_THOUSANDS = /(?<=[０-９])，(?=[０-９]{3}(?![０-９]))/g;

/** Folds full-width forms, typographic quotes and dashes, exotic spaces and invisible marks. */
export function foldText(text: string): string {
  return text.replace(FULL_WIDTH_THOUSANDS, ',').replace(FOLDABLE, foldUnit);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** True for a code point of a script written without spaces (matched per character). */
export function isCjkCodePoint(cp: number): boolean {
  return cp >= 0x2e80 && CJK.test(String.fromCodePoint(cp));
}

/** True for a letter, mark or digit outside CJK scripts (part of a word token). */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  }
  return WORD.test(String.fromCodePoint(cp)) && !isCjkCodePoint(cp);
}

/** True when the text holds at least one CJK character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
