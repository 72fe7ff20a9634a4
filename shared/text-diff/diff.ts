/**
 * The reviewer-facing diff between a model's original draft and the reviewer's edit.
 *
 * Pipeline: tokenise both sides ({@link segmentForDiff}), trim the common prefix and suffix,
 * run Myers' O(ND) diff on the remaining tokens within a work budget, then clean the result up
 * for reading ({@link cleanupSemantic}).
 *
 * Bound: when the token diff exceeds {@link TOKEN_WORK_BUDGET} (roughly D > 1,000 token edits
 * after trimming, words and the spaces between them counted apart — a heavy rewrite of a long
 * draft), the middle part is diffed line by line
 * instead, and each changed block of lines is refined token by token while a shared budget lasts.
 * Blocks beyond that stay whole (delete the old lines, insert the new). The result is always a
 * correct diff — both sides reconstruct exactly — just coarser. Budgets count work, not time, so
 * the same texts give the same diff on every machine.
 */
import { cleanupSemantic } from './cleanup';
import type { DiffOp } from './cleanup';
import { DELETE, diffTokenIds, EQUAL } from './myers';
import type { EditRun, WorkBudget } from './myers';
import { segmentForDiff } from './segment';
import { toIds } from './token-ids';
import { commonAffix } from './common-affix';

export type { DiffKind, DiffOp } from './cleanup';

/**
 * Work units (see myers.ts) for the token-level diff. A whole diff spends at most the three
 * budgets plus linear passes: 2 M units, at 5–15 ns each in Node 20 (measured on a busy 2-core
 * machine, where a 20 KB full rewrite took 35–60 ms including segmentation).
 */
export const TOKEN_WORK_BUDGET = 1_000_000;
/** Work units for the line-level fallback's own Myers pass. */
export const LINE_WORK_BUDGET = 300_000;
/** Work units shared by the token-level refinement of all changed line blocks. */
export const REFINE_WORK_BUDGET = 700_000;

/**
 * Diff of `original` → `edited`. Joining the `equal` and `delete` texts gives `original`; joining
 * the `equal` and `insert` texts gives `edited`. No op has empty text; identical inputs give a
 * single `equal` op (none for two empty strings).
 */
export function diffTexts(original: string, edited: string): DiffOp[] {
  if (original === edited) {
    return original === '' ? [] : [{ kind: 'equal', text: original }];
  }
  const a = segmentForDiff(original);
  const b = segmentForDiff(edited);
  const [aIds, bIds] = toIds(a, b);
  // Trim here too (diffTokenIds trims again, cheaply) so the line fallback only sees the middle.
  const { prefix, suffix } = commonAffix(aIds, bIds);
  const aMid = aIds.subarray(prefix, a.length - suffix);
  const bMid = bIds.subarray(prefix, b.length - suffix);
  const runs = diffTokenIds(aMid, bMid, { remaining: TOKEN_WORK_BUDGET });
  const middle =
    runs === null
      ? lineDiff(join(a, prefix, a.length - suffix), join(b, prefix, b.length - suffix))
      : runsToOps(runs, a.slice(prefix), b.slice(prefix));
  return cleanupSemantic([
    { kind: 'equal', text: join(a, 0, prefix) },
    ...middle,
    { kind: 'equal', text: join(a, a.length - suffix, a.length) },
  ]);
}

function join(tokens: readonly string[], from: number, to: number): string {
  return tokens.slice(from, to).join('');
}

/** Text ops from an edit script over the token arrays it was computed on. */
function runsToOps(runs: readonly EditRun[], a: readonly string[], b: readonly string[]): DiffOp[] {
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const { kind, count } of runs) {
    if (kind === EQUAL) {
      ops.push({ kind: 'equal', text: join(a, i, i + count) });
      i += count;
      j += count;
    } else if (kind === DELETE) {
      ops.push({ kind: 'delete', text: join(a, i, i + count) });
      i += count;
    } else {
      ops.push({ kind: 'insert', text: join(b, j, j + count) });
      j += count;
    }
  }
  return ops;
}

/** Lines with their terminators (`\n` or `\r\n`); they join back to the text. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+/g) ?? [];
}

/**
 * The coarse fallback: Myers on whole lines, then token-level refinement of each changed block
 * while {@link REFINE_WORK_BUDGET} lasts. Splitting after `\n` never splits a grapheme cluster
 * (Unicode always breaks after a line feed).
 */
function lineDiff(original: string, edited: string): DiffOp[] {
  const a = splitLines(original);
  const b = splitLines(edited);
  const [aIds, bIds] = toIds(a, b);
  const runs = diffTokenIds(aIds, bIds, { remaining: LINE_WORK_BUDGET });
  const coarse: DiffOp[] =
    runs === null
      ? [
          { kind: 'delete', text: original },
          { kind: 'insert', text: edited },
        ]
      : runsToOps(runs, a, b);
  const refineBudget: WorkBudget = { remaining: REFINE_WORK_BUDGET };
  const out: DiffOp[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    out.push(...refineBlock(del, ins, refineBudget));
    del = '';
    ins = '';
  };
  for (const op of coarse) {
    if (op.kind === 'equal') {
      flush();
      out.push(op);
    } else if (op.kind === 'delete') {
      del += op.text;
    } else {
      ins += op.text;
    }
  }
  flush();
  return out;
}

/** A changed block diffed by tokens if the shared budget allows, else kept whole. */
function refineBlock(del: string, ins: string, budget: WorkBudget): DiffOp[] {
  const whole: DiffOp[] = [
    { kind: 'delete', text: del },
    { kind: 'insert', text: ins },
  ];
  if (del === '' || ins === '' || budget.remaining <= 0) {
    return whole;
  }
  const a = segmentForDiff(del);
  const b = segmentForDiff(ins);
  const [aIds, bIds] = toIds(a, b);
  // A failed attempt spends the rest of the shared budget, so later blocks stay whole: the total
  // work of the fallback is bounded by LINE_WORK_BUDGET + REFINE_WORK_BUDGET plus linear passes.
  const runs = diffTokenIds(aIds, bIds, budget);
  return runs === null ? whole : runsToOps(runs, a, b);
}
