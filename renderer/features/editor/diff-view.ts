/**
 * What the diff panel draws of a diff (issue 12, point 4): the whole of an edited 1 MB draft was
 * drawn under the editor, laid out again after every pause in typing. Unchanged text is folded to
 * a little context around each change, and a change longer than CHANGE_SHOWN characters shows its
 * start and how much more there is; the diff itself (and its count of changed characters) is not
 * touched.
 */
import type { DiffOp } from '../../../shared/text-diff';

/** Unchanged characters shown either side of a change. */
export const CONTEXT_CHARS = 200;
/** Characters of one insertion or deletion shown before it is cut short. */
export const CHANGE_SHOWN = 2_000;

/** A run to draw: text as in the diff, or a fold standing for `hidden` characters of `kind`. */
export type ShownOp =
  { kind: DiffOp['kind']; text: string } | { kind: 'fold'; of: DiffOp['kind']; hidden: number };

/** `ops` with long unchanged runs folded and long changes cut short. */
export function foldDiff(ops: readonly DiffOp[]): ShownOp[] {
  const shown: ShownOp[] = [];
  ops.forEach((op, index) => {
    if (op.kind !== 'equal') {
      if (op.text.length <= CHANGE_SHOWN) {
        shown.push(op);
      } else {
        shown.push({ kind: op.kind, text: op.text.slice(0, CHANGE_SHOWN) });
        shown.push({ kind: 'fold', of: op.kind, hidden: op.text.length - CHANGE_SHOWN });
      }
      return;
    }
    const keepHead = index > 0 ? CONTEXT_CHARS : 0;
    const keepTail = index < ops.length - 1 ? CONTEXT_CHARS : 0;
    if (op.text.length <= keepHead + keepTail + CONTEXT_CHARS) {
      shown.push(op);
      return;
    }
    if (keepHead > 0) {
      shown.push({ kind: 'equal', text: op.text.slice(0, keepHead) });
    }
    shown.push({ kind: 'fold', of: 'equal', hidden: op.text.length - keepHead - keepTail });
    if (keepTail > 0) {
      shown.push({ kind: 'equal', text: op.text.slice(op.text.length - keepTail) });
    }
  });
  return shown;
}
