/**
 * The `searchSegments` table (search-segment-row.ts): the queue search's folded texts, appended
 * in the same transaction as the drafts they come from, read back whole by the search worker.
 * The append functions must run inside a transaction that includes `searchSegments`.
 */
import Dexie from 'dexie';
import { draftSearchText } from '../draft-search-text';
import type { LoupeDatabase } from '../loupe-database';
import type { DraftRow } from '../rows';
import { SEARCH_FOLD_VERSION, type SearchSegmentRow } from '../search-segment-row';

/** Texts per segment at most: ~1 MB of text, few enough rows that reading them is quick. */
export const SEGMENT_DRAFTS = 1000;

/** The project's next segment number (one key read, no text). */
async function nextSegment(db: LoupeDatabase, projectId: string): Promise<number> {
  const [last] = await db.searchSegments
    .where('[projectId+segment]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .reverse()
    .limit(1)
    .primaryKeys();
  return last === undefined ? 0 : last[1] + 1;
}

/** A segment's row from ids and their texts (`null`: the draft is gone). */
export function segmentRow(
  projectId: string,
  segment: number,
  entries: readonly (readonly [string, string | null])[],
): SearchSegmentRow {
  return {
    projectId,
    segment,
    foldVersion: SEARCH_FOLD_VERSION,
    ids: entries.map(([id]) => id),
    lengths: entries.map(([, text]) => (text === null ? -1 : text.length)),
    text: entries.map(([, text]) => text ?? '').join(''),
  };
}

/**
 * Appends segments for one project's entries, SEGMENT_DRAFTS at a time. The segment number is
 * asked for before the texts are made (`entries` is called after), so folding a batch overlaps
 * that read rather than adding its round trip to every import batch.
 */
async function appendEntries(
  db: LoupeDatabase,
  projectId: string,
  makeEntries: () => readonly (readonly [string, string | null])[],
): Promise<void> {
  const next = nextSegment(db, projectId);
  const entries = makeEntries();
  let segment = await next;
  const rows: SearchSegmentRow[] = [];
  for (let start = 0; start < entries.length; start += SEGMENT_DRAFTS) {
    rows.push(segmentRow(projectId, segment, entries.slice(start, start + SEGMENT_DRAFTS)));
    segment += 1;
  }
  await db.searchSegments.bulkAdd(rows);
}

/** Stores the search texts of drafts just written (any projects), in the caller's transaction. */
export async function appendSearchTexts(
  db: LoupeDatabase,
  drafts: readonly DraftRow[],
): Promise<void> {
  const byProject = new Map<string, DraftRow[]>();
  for (const draft of drafts) {
    const list = byProject.get(draft.projectId) ?? [];
    list.push(draft);
    byProject.set(draft.projectId, list);
  }
  await Promise.all(
    [...byProject].map(([projectId, rows]) =>
      appendEntries(db, projectId, () =>
        rows.map((draft) => [draft.id, draftSearchText(draft)] as const),
      ),
    ),
  );
}

/** Records that these drafts of `projectId` were deleted, in the caller's transaction. */
export async function appendSearchRemovals(
  db: LoupeDatabase,
  projectId: string,
  draftIds: readonly string[],
): Promise<void> {
  if (draftIds.length > 0) {
    await appendEntries(db, projectId, () => draftIds.map((id) => [id, null] as const));
  }
}

/** Up to `limit` of the project's segments after `afterSegment` (from the first when null). */
export async function readSearchSegments(
  db: LoupeDatabase,
  projectId: string,
  afterSegment: number | null,
  limit: number,
): Promise<SearchSegmentRow[]> {
  const lower = afterSegment === null ? Dexie.minKey : afterSegment;
  return db.searchSegments
    .where('[projectId+segment]')
    .between([projectId, lower], [projectId, Dexie.maxKey], afterSegment === null, true)
    .limit(limit)
    .toArray();
}

/** How many drafts the project holds (keys only: no draft is read). */
export async function countProjectDrafts(db: LoupeDatabase, projectId: string): Promise<number> {
  return db.drafts
    .where('[projectId+id]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .count();
}

/**
 * Replaces the project's segments by `rows` (the search worker packs many small segments into
 * few), unless a segment was appended after `lastSegment` meanwhile: then nothing changes.
 * Returns whether it replaced them.
 */
export async function replaceSearchSegments(
  db: LoupeDatabase,
  projectId: string,
  lastSegment: number,
  rows: readonly SearchSegmentRow[],
): Promise<boolean> {
  return db.transaction('rw', db.searchSegments, async () => {
    if ((await nextSegment(db, projectId)) !== lastSegment + 1) {
      return false;
    }
    await db.searchSegments
      .where('[projectId+segment]')
      .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
      .delete();
    await db.searchSegments.bulkAdd(rows);
    return true;
  });
}
