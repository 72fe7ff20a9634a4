/**
 * Upper bounds on edit distances from a diff, for rewrites too heavy for the exact computation.
 *
 * A diff splits both texts into the same sequence of regions — unchanged ones and changed ones —
 * so editing each changed region on its own is one way to turn the original into the final text:
 * the sum of per-region costs is an upper bound on the true Levenshtein distance.
 */
import type { DiffOp } from './cleanup';
import { segmentGraphemes } from './graphemes';
import { levenshtein } from './levenshtein';
import type { WorkBudget } from './myers';
import { toIds } from './token-ids';

/** Whitespace-separated words, as the word metrics count them. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

/**
 * Σ over changed blocks of the blocks' exact grapheme distance while `budget` lasts, then of the
 * longer side. Both are costs of a valid way to edit the block.
 */
export function estimateGraphemeDistance(ops: readonly DiffOp[], budget: WorkBudget): number {
  let total = 0;
  let deleted = '';
  let inserted = '';
  for (const op of [...ops, { kind: 'equal', text: '' }]) {
    if (op.kind === 'delete') {
      deleted += op.text;
    } else if (op.kind === 'insert') {
      inserted += op.text;
    } else if (deleted !== '' || inserted !== '') {
      const [a, b] = toIds(segmentGraphemes(deleted), segmentGraphemes(inserted));
      const exact = budget.remaining > 0 ? levenshtein(a, b, budget) : null;
      total += exact ?? Math.max(a.length, b.length);
      deleted = '';
      inserted = '';
    }
  }
  return total;
}

/**
 * Σ over regions of max(words before, words after), where regions are cut at whitespace inside
 * unchanged text: such whitespace separates words identically on both sides, so the regions'
 * word lists concatenate to each side's word list, and each region can be edited on its own.
 */
export function estimateWordDistance(ops: readonly DiffOp[]): number {
  let total = 0;
  let before = '';
  let after = '';
  let changed = false;
  const close = (): void => {
    if (changed) {
      total += Math.max(splitWords(before).length, splitWords(after).length);
    }
    before = '';
    after = '';
    changed = false;
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      // Odd indices of the split are the whitespace runs (captured by the group).
      op.text.split(/(\s+)/u).forEach((part, index) => {
        if (index % 2 === 1) {
          close();
        } else {
          before += part;
          after += part;
        }
      });
    } else {
      changed = true;
      if (op.kind === 'delete') {
        before += op.text;
      } else {
        after += op.text;
      }
    }
  }
  close();
  return total;
}
