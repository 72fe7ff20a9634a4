/**
 * Where the search index (search-index.ts) reads its texts from, a batch at a time:
 * - the stored search segments (search-segment-row.ts): folded texts, packed, so 100k drafts'
 *   texts are ~100 rows, read in well under a second;
 * - the drafts themselves, folded as they are read: seconds at 100k, the way back when the
 *   segments cannot be trusted (written by an older fold, or fewer than the drafts).
 */
import type { LoupeDatabase } from '../../db/loupe-database';
import { readDraftPage } from '../../db/repositories/drafts-repository';
import { readSearchSegments } from '../../db/repositories/search-segments-repository';
import { SEARCH_FOLD_VERSION } from '../../db/search-segment-row';
import { draftSearchText } from './draft-search';

/** Draft ids and their folded texts; `null` for a draft that was deleted. */
export type SearchTexts = readonly (readonly [string, string | null])[];

/** Segments per read: short read transactions (tens of ms), so a decision never waits long. */
const SEGMENTS_PER_READ = 4;
/** Drafts per read of the drafts themselves. */
const DRAFTS_PER_READ = 1000;

/** Thrown when a stored segment was folded by another version of the fold. */
export class StaleSegmentsError extends Error {}

/** The project's stored texts, oldest segment first (a later text of an id replaces it). */
export async function* storedSearchTexts(
  db: LoupeDatabase,
  projectId: string,
): AsyncGenerator<{ texts: SearchTexts; lastSegment: number; segments: number }> {
  let after: number | null = null;
  let segments = 0;
  for (;;) {
    const rows = await readSearchSegments(db, projectId, after, SEGMENTS_PER_READ);
    for (const row of rows) {
      if (row.foldVersion !== SEARCH_FOLD_VERSION) {
        throw new StaleSegmentsError(`search segment folded by v${row.foldVersion}`);
      }
      const texts: [string, string | null][] = [];
      let at = 0;
      row.ids.forEach((id, index) => {
        const length = row.lengths[index]!;
        if (length < 0) {
          texts.push([id, null]);
        } else {
          texts.push([id, row.text.slice(at, at + length)]);
          at += length;
        }
      });
      segments += 1;
      yield { texts, lastSegment: row.segment, segments };
    }
    if (rows.length < SEGMENTS_PER_READ) {
      return;
    }
    after = rows.at(-1)!.segment;
  }
}

/** The project's drafts, folded as they are read. */
export async function* foldedDrafts(
  db: LoupeDatabase,
  projectId: string,
): AsyncGenerator<SearchTexts> {
  let afterId: string | null = null;
  for (;;) {
    const page = await readDraftPage(db, projectId, afterId, DRAFTS_PER_READ);
    yield page.map((draft) => [draft.id, draftSearchText(draft)] as const);
    if (page.length < DRAFTS_PER_READ) {
      return;
    }
    afterId = page.at(-1)!.id;
  }
}
