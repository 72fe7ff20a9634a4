/**
 * Semantic cleanup: turns a minimal edit script into one a reviewer can read.
 *
 * A minimal diff of "the cat sat" → "a dog sat" keeps the lone space between "the"/"a" and
 * "cat"/"dog" as an equality, which renders as two tiny changes; a reader wants one change,
 * "the cat" → "a dog". Cleanup therefore (1) gathers every stretch of changes into one deletion
 * followed by one insertion and (2) dissolves small equalities sandwiched between two changes.
 * Reconstruction is preserved: a dissolved equality is moved into both the deletion and the
 * insertion, in order.
 */

import { isSimpleUnit } from './graphemes';

/** What {@link diffTexts} reports for one stretch of text. */
export type DiffKind = 'equal' | 'insert' | 'delete';

/** One stretch of a diff. Never has empty `text`. */
export interface DiffOp {
  kind: DiffKind;
  text: string;
}

/** Alternating equalities and changes while cleaning up. */
type Segment = { kind: 'equal'; text: string } | { kind: 'change'; del: string; ins: string };
type Change = Extract<Segment, { kind: 'change' }>;

/** Equalities up to this many UTF-16 units with no letter or digit are always dissolved. */
const TRIVIAL_ISLAND = 3;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const HAS_LINE_BREAK = /[\r\n\u2028\u2029]/;

/**
 * Merges adjacent operations of one kind, orders each change as deletion then insertion, and
 * dissolves equalities that only break up a change (see {@link isIsland}).
 */
export function cleanupSemantic(ops: readonly DiffOp[]): DiffOp[] {
  const stack: Segment[] = [];
  for (const segment of toSegments(ops)) {
    stack.push(segment);
    // Dissolving one island grows the change to its left, which may make the equality before it
    // an island too, so keep folding backwards (as diff-match-patch does) until stable.
    for (;;) {
      const right = stack[stack.length - 1];
      const middle = stack[stack.length - 2];
      const left = stack[stack.length - 3];
      if (
        right?.kind !== 'change' ||
        middle?.kind !== 'equal' ||
        left?.kind !== 'change' ||
        !isIsland(middle.text, left, right)
      ) {
        break;
      }
      stack.length -= 3;
      stack.push({
        kind: 'change',
        del: left.del + middle.text + right.del,
        ins: left.ins + middle.text + right.ins,
      });
    }
  }
  alignToWordStarts(stack);
  return stack.flatMap((segment): DiffOp[] => {
    if (segment.kind === 'equal') {
      return [{ kind: 'equal', text: segment.text }];
    }
    const out: DiffOp[] = [];
    if (segment.del !== '') {
      out.push({ kind: 'delete', text: segment.del });
    }
    if (segment.ins !== '') {
      out.push({ kind: 'insert', text: segment.ins });
    }
    return out;
  });
}

/**
 * Slides each pure insertion or deletion right past a leading space when the text after it starts
 * with the same space: "take| 5| days" becomes "take |5 |days", so inserted words start where
 * words start, as in the other changes. Only between units that can never share a grapheme
 * cluster (isSimpleUnit), and never emptying the following equality.
 */
function alignToWordStarts(segments: Segment[]): void {
  for (let i = 0; i < segments.length; i += 1) {
    const change = segments[i];
    const before = segments[i - 1];
    const after = segments[i + 1];
    if (change?.kind !== 'change' || after?.kind !== 'equal' || before?.kind === 'change') {
      continue;
    }
    const key = change.del === '' ? 'ins' : change.ins === '' ? 'del' : null;
    if (key === null) {
      continue;
    }
    const equalBefore = before ?? { kind: 'equal', text: '' };
    let moved = '';
    let text = change[key];
    while (
      /^[ \t]/.test(text) &&
      after.text.length - moved.length > 1 &&
      text.charAt(0) === after.text.charAt(moved.length) &&
      (text.length === 1 || isSimpleUnit(text.charCodeAt(1))) &&
      isSimpleUnit(after.text.charCodeAt(moved.length + 1))
    ) {
      moved += text.charAt(0);
      text = text.slice(1) + text.charAt(0);
    }
    if (moved !== '') {
      equalBefore.text += moved;
      change[key] = text;
      after.text = after.text.slice(moved.length);
      if (before === undefined) {
        segments.splice(i, 0, equalBefore);
        i += 1;
      }
    }
  }
}

/** Coalesces runs: consecutive equalities into one, consecutive changes into one. */
function toSegments(ops: readonly DiffOp[]): Segment[] {
  const segments: Segment[] = [];
  for (const op of ops) {
    if (op.text === '') {
      continue;
    }
    const last = segments[segments.length - 1];
    if (op.kind === 'equal') {
      if (last?.kind === 'equal') {
        last.text += op.text;
      } else {
        segments.push({ kind: 'equal', text: op.text });
      }
      continue;
    }
    const change: Change = last?.kind === 'change' ? last : { kind: 'change', del: '', ins: '' };
    if (change !== last) {
      segments.push(change);
    }
    if (op.kind === 'delete') {
      change.del += op.text;
    } else {
      change.ins += op.text;
    }
  }
  return segments;
}

/**
 * True when an equality between two changes should be folded into them:
 * - never when it holds a line break, so paragraph structure stays visible in the diff;
 * - always when it is a short stretch of spaces/punctuation (the "lone space" case);
 * - otherwise when it is no longer than the larger side of each neighbouring change (the rule of
 *   diff-match-patch's semantic cleanup): keeping it would not help the reader, e.g. a single
 *   unchanged 的 between two rewritten Chinese phrases.
 */
function isIsland(text: string, left: Change, right: Change): boolean {
  if (HAS_LINE_BREAK.test(text)) {
    return false;
  }
  if (text.length <= TRIVIAL_ISLAND && !HAS_WORD_CHARACTER.test(text)) {
    return true;
  }
  const leftSize = Math.max(left.del.length, left.ins.length);
  const rightSize = Math.max(right.del.length, right.ins.length);
  return text.length <= leftSize && text.length <= rightSize;
}
