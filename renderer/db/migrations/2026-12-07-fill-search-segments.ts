/**
 * Migration of 2026-12-07 (schema v9): every stored draft's folded search text goes into
 * `searchSegments` (search-segment-row.ts), so the first search after the upgrade reads texts
 * rather than every draft. From then on each write of a draft writes its text too.
 *
 * Idempotent: the project's segments are made again from its drafts (what was there is cleared
 * first). Drafts are read in pages, in key order (projects one after another), and a project's
 * texts are written a segment at a time, so a large store is never whole in memory.
 */
import Dexie, { type Transaction } from 'dexie';
import { draftSearchText } from '../draft-search-text';
import type { DraftRow } from '../rows';
import { segmentRow, SEGMENT_DRAFTS } from '../repositories/search-segments-repository';
import type { SearchSegmentRow } from '../search-segment-row';

/** Writes the search segments of every draft. Safe to run any number of times. */
export async function fillSearchSegments(tx: Transaction): Promise<void> {
  const drafts = tx.table<DraftRow, [string, string]>('drafts');
  const segments = tx.table<SearchSegmentRow, [string, number]>('searchSegments');
  await segments.clear();
  let after: [string, string] | null = null;
  let projectId: string | null = null;
  let segment = 0;
  for (;;) {
    const page: DraftRow[] = await (
      after === null
        ? drafts.orderBy(':id')
        : drafts.where(':id').between(after, [Dexie.maxKey], false, true)
    )
      .limit(SEGMENT_DRAFTS)
      .toArray();
    if (page.length === 0) {
      return;
    }
    // A page may end one project and start the next: a segment holds one project's drafts.
    const rows: SearchSegmentRow[] = [];
    let start = 0;
    while (start < page.length) {
      const id = page[start]!.projectId;
      let end = start;
      while (end < page.length && page[end]!.projectId === id) {
        end += 1;
      }
      segment = id === projectId ? segment + 1 : 0;
      projectId = id;
      const entries = page
        .slice(start, end)
        .map((draft) => [draft.id, draftSearchText(draft)] as const);
      rows.push(segmentRow(id, segment, entries));
      start = end;
    }
    await segments.bulkAdd(rows);
    const last = page[page.length - 1]!;
    after = [last.projectId, last.id];
  }
}
