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
import { countGraphemes, forEachGrapheme, graphemeIds, isCertainBoundary } from './graphemes';
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
  /** Grapheme clusters in the original and in the final (normalised rates need them). */
  originalGraphemes: number;
  finalGraphemes: number;
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

/**
 * The code units `original` and `final` share at their start and, after that, at their end, cut
 * back to cluster boundaries that are certain in both texts. The grapheme distance of the texts
 * is that of what lies between (a shared prefix or suffix never needs an edit), and a reviewer's
 * edit usually changes a few words of a long draft: the metrics segment and compare only those.
 */
function sharedEnds(a: string, b: string): { prefix: number; suffix: number } {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix += 1;
  }
  while (prefix > 0 && !(isCertainBoundary(a, prefix) && isCertainBoundary(b, prefix))) {
    prefix -= 1;
  }
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  while (
    suffix > 0 &&
    !(isCertainBoundary(a, a.length - suffix) && isCertainBoundary(b, b.length - suffix))
  ) {
    suffix -= 1;
  }
  return { prefix, suffix };
}

/** The grapheme-level half of the metrics, and what the word-level half reuses. */
interface CharacterDistance {
  chars: number;
  exact: boolean;
  originalCount: number;
  finalCount: number;
  prefix: number;
  suffix: number;
  /** Clusters of the shared start and end (each counted once). */
  endClusters: number;
  originalMiddle: string;
  finalMiddle: string;
  diff: () => DiffOp[];
}

function characterDistance(original: string, final: string): CharacterDistance {
  let ops: DiffOp[] | undefined;
  const diff = (): DiffOp[] => (ops ??= diffTexts(original, final)); // only for estimates
  const { prefix, suffix } = sharedEnds(original, final);
  const originalMiddle = original.slice(prefix, original.length - suffix);
  const finalMiddle = final.slice(prefix, final.length - suffix);
  const longer = new Map<string, number>();
  const a = graphemeIds(originalMiddle, longer);
  const b = graphemeIds(finalMiddle, longer);
  const endClusters =
    countGraphemes(original.slice(0, prefix)) +
    countGraphemes(original.slice(original.length - suffix));
  const originalCount = endClusters + a.length;
  const finalCount = endClusters + b.length;
  const exactChars = levenshtein(a, b, { remaining: DISTANCE_WORK_BUDGET });
  const chars =
    exactChars ??
    Math.min(
      estimateGraphemeDistance(diff(), { remaining: ESTIMATE_WORK_BUDGET }),
      Math.max(originalCount, finalCount), // substitute the overlap, add or drop the rest
    );
  return {
    chars,
    exact: exactChars !== null,
    originalCount,
    finalCount,
    prefix,
    suffix,
    endClusters,
    originalMiddle,
    finalMiddle,
    diff,
  };
}

/**
 * `editMetrics(original, final).charRate` without the word-level half: what the lead's
 * statistics need of every edit (its edit rate), at about half the cost.
 */
export function charEditRate(original: string, final: string): number {
  const { chars, finalCount } = characterDistance(original, final);
  return chars / Math.max(1, finalCount);
}

/** Edit metrics of `final` against the model's `original`. */
export function editMetrics(original: string, final: string): EditMetrics {
  const measured = characterDistance(original, final);
  const { chars, originalCount, finalCount, prefix, suffix, diff } = measured;
  // The shared ends count twice: once in each text.
  const ends = new LetterTally();
  ends.text(original.slice(0, prefix));
  ends.text(original.slice(original.length - suffix));
  const both = new LetterTally();
  both.add(ends, 2);
  both.text(measured.originalMiddle);
  both.text(measured.finalMiddle);
  let words: { distance: number; finalWords: number; exact: boolean } | null = null;
  if (!both.mostlyUnspaced()) {
    words = wordDistance(original, final, prefix, suffix, diff);
  }
  return {
    charDistance: chars,
    charRate: chars / Math.max(1, finalCount),
    wordDistance: words?.distance ?? null,
    wordRate: words === null ? null : words.distance / Math.max(1, words.finalWords),
    changed: original !== final,
    exact: measured.exact && (words === null || words.exact),
    originalGraphemes: originalCount,
    finalGraphemes: finalCount,
  };
}

const SPACE = /\s/u;

/**
 * The word-level distance, compared between the last whitespace of the shared start and the
 * first of the shared end: the words outside are the same in both texts and need no edit.
 */
function wordDistance(
  original: string,
  final: string,
  prefix: number,
  suffix: number,
  diff: () => DiffOp[],
): { distance: number; finalWords: number; exact: boolean } {
  let start = prefix;
  while (start > 0 && !SPACE.test(original.charAt(start - 1))) {
    start -= 1;
  }
  let end = suffix;
  while (end > 0 && !SPACE.test(original.charAt(original.length - end))) {
    end -= 1;
  }
  const sharedWords =
    splitWords(original.slice(0, start)).length +
    splitWords(original.slice(original.length - end)).length;
  const originalWords = splitWords(original.slice(start, original.length - end));
  const finalWords = splitWords(final.slice(start, final.length - end));
  const [wa, wb] = toIds(originalWords, finalWords);
  const exact = levenshtein(wa, wb, { remaining: WORD_DISTANCE_WORK_BUDGET });
  const longest = sharedWords + Math.max(wa.length, wb.length);
  return {
    distance: exact ?? Math.min(estimateWordDistance(diff()), longest),
    finalWords: sharedWords + finalWords.length,
    exact: exact !== null,
  };
}

/** Clusters, letters and letters of unspaced scripts, counted as `mostlyUnspaced` counts them. */
class LetterTally {
  clusters = 0;
  letters = 0;
  unspaced = 0;

  cluster(text: string): void {
    this.clusters += 1;
    if (UNSPACED_SCRIPT.test(text)) {
      this.unspaced += 1;
      this.letters += 1;
    } else if (LETTER.test(text)) {
      this.letters += 1;
    }
  }

  /** Every cluster of `text`, without listing them (most are one simple code unit). */
  text(text: string): void {
    forEachGrapheme(
      text,
      (code) => {
        if (code < 0x80) {
          this.clusters += 1;
          const lower = code | 0x20;
          this.letters += lower >= 0x61 && lower <= 0x7a ? 1 : 0;
        } else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
          this.clusters += 1; // CJK ideographs: letters of an unspaced script
          this.letters += 1;
          this.unspaced += 1;
        } else {
          this.cluster(String.fromCharCode(code));
        }
      },
      (cluster) => this.cluster(cluster),
    );
  }

  add(other: LetterTally, times: number): void {
    this.clusters += other.clusters * times;
    this.letters += other.letters * times;
    this.unspaced += other.unspaced * times;
  }

  mostlyUnspaced(): boolean {
    return this.letters > 0 && this.unspaced / this.letters > UNSPACED_SHARE_LIMIT;
  }
}

/** True when more than {@link UNSPACED_SHARE_LIMIT} of the letters are in unspaced scripts. */
export function mostlyUnspaced(graphemes: readonly string[]): boolean {
  const tally = new LetterTally();
  graphemes.forEach((grapheme) => tally.cluster(grapheme));
  return tally.mostlyUnspaced();
}
