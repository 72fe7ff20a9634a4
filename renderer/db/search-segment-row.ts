/**
 * The queue search's texts, stored (issue 12, point 13): each draft's folded search text
 * (draft-search-text.ts), written in the same transaction as the draft, so the search worker
 * reads texts ready to scan instead of reading and folding 100k whole drafts.
 *
 * Packed: one row holds the texts of a whole batch of drafts (an import batch, a pulled page),
 * because IndexedDB pays per row: in Chromium, 100k rows of one text each took ~10 s to read,
 * 100 rows of 1,000 texts each ~0.7 s. Rows are only appended: a draft written again appears
 * again in a later segment, whose text replaces the earlier one's.
 */

/** Bumped when folding changes: segments of another version are not trusted (read again). */
export const SEARCH_FOLD_VERSION = 1;

export interface SearchSegmentRow {
  projectId: string;
  /** Increases with every segment appended to the project; a later one wins. */
  segment: number;
  foldVersion: number;
  /** Draft ids, in the order of their texts. */
  ids: string[];
  /**
   * Each draft's text length in `text`, in order; -1 for a draft that was deleted (it no longer
   * matches anything).
   */
  lengths: number[];
  /** The folded texts, end to end. */
  text: string;
}
