/**
 * What the queue's search looks in, and how text is compared: a substring match on normalised
 * text (NFKC + lowercase), which works for Chinese without word splitting and folds full-width
 * Latin (Ａ → a) the way reviewers type it.
 */
import type { DraftRow } from '../../db/rows';

/** NFKC then lowercase, so "ＡＢＣ" finds "abc" and case never matters. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Whether the draft's id, text, prompt or context (titles and texts) contains `needle`. */
export function draftMatches(draft: DraftRow, needle: string): boolean {
  if (normaliseText(draft.id).includes(needle) || normaliseText(draft.draft).includes(needle)) {
    return true;
  }
  if (draft.prompt !== undefined && normaliseText(draft.prompt).includes(needle)) {
    return true;
  }
  return draft.context.some(
    (context) =>
      normaliseText(context.title).includes(needle) || normaliseText(context.text).includes(needle),
  );
}
