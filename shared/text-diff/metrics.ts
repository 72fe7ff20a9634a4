/**
 * Edit metrics for exports and lead stats (DESIGN.md "Import and export: edit metrics"):
 * character-level Levenshtein on grapheme clusters normalised by the final length, and word-level
 * Levenshtein for space-separated text.
 *
 * Texts are compared as given — no Unicode normalisation or line-ending conversion — because the
 * metric describes what the reviewer changed, and the stored texts are what gets exported.
 *
 * Bound: each distance is exact within a work budget (levenshtein.ts: exact up to a distance of
 * about √budget). Beyond it — a heavy rewrite of a long draft — it is estimated from diffTexts
 * (estimate.ts), an upper bound, and `exact` is false. Worst case for one pair: the budgets below
 * plus diffTexts' own, about 6 M work units (tens of milliseconds), plus linear passes.
 */
import type { DiffOp } from './cleanup';
import { diffTexts } from './diff';
import { estimateGraphemeDistance, estimateWordDistance, splitWords } from './estimate';
import { segmentGraphemes } from './graphemes';
import { levenshtein } from './levenshtein';
import { toIds } from './token-ids';

export { splitWords } from './estimate';

/** Work units for the exact grapheme distance: exact up to about 1,400 graphemes changed. */
export const DISTANCE_WORK_BUDGET = 2_000_000;
/** Work units for the exact word distance: exact up to about 1,000 words changed. */
export const WORD_DISTANCE_WORK_BUDGET = 1_000_000;
/** Work units for the exact distances of changed blocks inside the grapheme estimate. */
export const ESTIMATE_WORK_BUDGET = 500_000;

/** Edit metrics of one reviewed draft. */
export interface EditMetrics {
  /** Levenshtein distance over grapheme clusters (a ZWJ emoji or `é` + U+0301 counts as one). */
  charDistance: number;
  /** `charDistance / max(1, graphemes in final)`; 0 when unchanged, may exceed 1. */
  charRate: number;
  /** Levenshtein distance over whitespace-separated words; null for mostly unspaced scripts. */
  wordDistance: number | null;
  /** `wordDistance / max(1, words in final)`; null when `wordDistance` is. */
  wordRate: number | null;
  /** True when the texts differ at all (exactly when `charDistance > 0`). */
  changed: boolean;
  /** False when a distance is an upper-bound estimate (see the module comment), not exact. */
  exact: boolean;
}

/**
 * Scripts written without spaces between words, for which a whitespace word count is
 * meaningless. Hangul is not among them: Korean separates words with spaces.
 */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER = /\p{L}/u;

/**
 * Share of letters in unspaced scripts above which word metrics are null. Half: a Chinese draft
 * quoting a few English product names is still Chinese, an English one quoting 中文 is English.
 */
export const UNSPACED_SHARE_LIMIT = 0.5;

/** Edit metrics of `final` against the model's `original`. */
export function editMetrics(original: string, final: string): EditMetrics {
  let ops: DiffOp[] | undefined;
  const diff = (): DiffOp[] => (ops ??= diffTexts(original, final)); // only for estimates
  const originalGraphemes = segmentGraphemes(original);
  const finalGraphemes = segmentGraphemes(final);
  const [a, b] = toIds(originalGraphemes, finalGraphemes);
  const exactChars = levenshtein(a, b, { remaining: DISTANCE_WORK_BUDGET });
  const chars =
    exactChars ??
    Math.min(
      estimateGraphemeDistance(diff(), { remaining: ESTIMATE_WORK_BUDGET }),
      Math.max(a.length, b.length), // substitute the overlap, add or drop the rest
    );
  const finalWords = splitWords(final);
  let words: number | null = null;
  let exactWords: number | null = null;
  if (!mostlyUnspaced([...originalGraphemes, ...finalGraphemes])) {
    const [wa, wb] = toIds(splitWords(original), finalWords);
    exactWords = levenshtein(wa, wb, { remaining: WORD_DISTANCE_WORK_BUDGET });
    words = exactWords ?? Math.min(estimateWordDistance(diff()), Math.max(wa.length, wb.length));
  }
  return {
    charDistance: chars,
    charRate: chars / Math.max(1, finalGraphemes.length),
    wordDistance: words,
    wordRate: words === null ? null : words / Math.max(1, finalWords.length),
    changed: original !== final,
    exact: exactChars !== null && (words === null || exactWords !== null),
  };
}

/** True when more than {@link UNSPACED_SHARE_LIMIT} of the letters are in unspaced scripts. */
export function mostlyUnspaced(graphemes: readonly string[]): boolean {
  let letters = 0;
  let unspaced = 0;
  for (const grapheme of graphemes) {
    if (UNSPACED_SCRIPT.test(grapheme)) {
      unspaced += 1;
      letters += 1;
    } else if (LETTER.test(grapheme)) {
      letters += 1;
    }
  }
  return letters > 0 && unspaced / letters > UNSPACED_SHARE_LIMIT;
}
