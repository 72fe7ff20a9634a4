/**
 * What the queue's search looks in (issue 12, point 12): the draft's id, text, prompt,
 * conversation, and context titles and texts, folded (shared/search/fold-search-text.ts). Here,
 * beside the rows, because every write of a draft's text also stores this (search-segment-row.ts).
 */
import { foldSearchText } from '../../shared/search/fold-search-text';
import type { DraftRow } from './rows';

/** Between fields, so a search never matches across the end of one and the start of the next. */
const FIELD_BREAK = '\u0000';

/** The folded text a search looks in. */
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
