/**
 * What the queue's search looks in, and how text is compared (issue 12, point 12): a substring
 * match on folded text (shared/search/fold-search-text.ts: case, width, Simplified and
 * Traditional Chinese, number grouping, spacing), which works for Chinese without word
 * splitting and finds `NT$1,280` from `1280`.
 */
import { foldQuery, foldSearchText } from '../../../shared/search/fold-search-text';
import type { DraftRow } from '../../db/rows';

/** Between fields, so a search never matches across the end of one and the start of the next. */
const FIELD_BREAK = '\u0000';

/** A search as typed, folded the way `draftSearchText` folds drafts (spaces at its ends go). */
export const searchNeedle = (text: string): string => foldQuery(text);

/**
 * The folded text a search looks in: the draft's id, text, prompt, conversation, and context
 * titles and texts.
 */
export function draftSearchText(draft: DraftRow): string {
  const fields = [draft.id, draft.draft];
  if (draft.prompt !== undefined) {
    fields.push(draft.prompt);
  }
  for (const message of draft.messages ?? []) {
    fields.push(message.content);
  }
  for (const context of draft.context) {
    fields.push(context.title, context.text);
  }
  return foldSearchText(fields.join(FIELD_BREAK));
}

/** Whether the draft holds `needle` (a `searchNeedle`). */
export function draftMatches(draft: DraftRow, needle: string): boolean {
  return draftSearchText(draft).includes(needle);
}
