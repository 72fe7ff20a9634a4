/**
 * What the queue's search looks in, and how text is compared (issue 12, point 12): a substring
 * match on folded text (shared/search/fold-search-text.ts: case, width, Simplified and
 * Traditional Chinese, number grouping, spacing), which works for Chinese without word
 * splitting and finds `NT$1,280` from `1280`.
 */
import { foldQuery } from '../../../shared/search/fold-search-text';
import { draftSearchText } from '../../db/draft-search-text';
import type { DraftRow } from '../../db/rows';

export { draftSearchText };

/** A search as typed, folded the way `draftSearchText` folds drafts (spaces at its ends go). */
export const searchNeedle = (text: string): string => foldQuery(text);

/** Whether the draft holds `needle` (a `searchNeedle`). */
export function draftMatches(draft: DraftRow, needle: string): boolean {
  return draftSearchText(draft).includes(needle);
}
