/** The `drafts` table. A draft's id is unique within its project, so keys are [projectId, id]. */
import Dexie from 'dexie';
import type { DraftStatus } from '../../../shared/domain/draft';
import type { LoupeDatabase } from '../loupe-database';
import { toQueueEntry } from '../queue-entry';
import type { DraftRow } from '../rows';
import { takeArrivals } from './meta-repository';
import { appendSearchTexts } from './search-segments-repository';

/**
 * Creates or replaces drafts and their queue entries in one transaction (imports call this once
 * per chunk).
 */
export async function putDrafts(db: LoupeDatabase, drafts: readonly DraftRow[]): Promise<void> {
  await db.transaction('rw', db.drafts, db.queueEntries, db.meta, db.searchSegments, async () => {
    const rows = await withArrivals(db, drafts);
    await db.drafts.bulkPut(rows);
    await db.queueEntries.bulkPut(rows.map((draft) => toQueueEntry(draft)));
    await appendSearchTexts(db, rows);
  });
}

/** `drafts`, those without an arrival given the next ones in the order given (see DraftRow). */
async function withArrivals(db: LoupeDatabase, drafts: readonly DraftRow[]): Promise<DraftRow[]> {
  let next = await takeArrivals(db, drafts.filter((row) => row.arrival === undefined).length);
  return drafts.map((row) => {
    if (row.arrival !== undefined) {
      return row;
    }
    next += 1;
    return { ...row, arrival: next - 1 };
  });
}

export async function getDraft(
  db: LoupeDatabase,
  projectId: string,
  id: string,
): Promise<DraftRow | undefined> {
  return db.drafts.get([projectId, id]);
}

/** Drafts of one project in one status, highest priority first. */
export async function listDraftsByStatus(
  db: LoupeDatabase,
  projectId: string,
  status: DraftStatus,
): Promise<DraftRow[]> {
  const rows = await db.drafts.where('status').equals(status).toArray();
  return rows.filter((row) => row.projectId === projectId).sort((a, b) => b.priority - a.priority);
}

/**
 * Adds the drafts this project does not hold yet, in one transaction, and leaves the ones it
 * holds untouched (their decisions and status stay). Returns how many were added.
 */
export async function addMissingDrafts(
  db: LoupeDatabase,
  drafts: readonly DraftRow[],
): Promise<number> {
  return db.transaction('rw', db.drafts, db.queueEntries, db.meta, db.searchSegments, async () => {
    const keys = drafts.map((row): [string, string] => [row.projectId, row.id]);
    const existing = await db.drafts.bulkGet(keys);
    const missing = await withArrivals(
      db,
      drafts.filter((_, index) => existing[index] === undefined),
    );
    await db.drafts.bulkAdd(missing);
    await db.queueEntries.bulkPut(missing.map((draft) => toQueueEntry(draft)));
    await appendSearchTexts(db, missing);
    return missing.length;
  });
}

/** How far a scan over a project's drafts has come. */
export interface ScanProgress {
  scanned: number;
}

/**
 * Visits every draft of a project in pages of `pageSize` (one read transaction each), so a search
 * over 100k drafts never holds them all in memory and the UI can show progress between pages.
 * Stops early, between pages, when `shouldStop` returns true.
 */
export async function scanProjectDrafts(
  db: LoupeDatabase,
  projectId: string,
  visitPage: (page: readonly DraftRow[], progress: ScanProgress) => void,
  options: { pageSize?: number; shouldStop?: () => boolean } = {},
): Promise<void> {
  const pageSize = options.pageSize ?? 1000;
  let afterId: string | null = null;
  let scanned = 0;
  while (options.shouldStop?.() !== true) {
    const lower: [string, string] | [string, typeof Dexie.minKey] =
      afterId === null ? [projectId, Dexie.minKey] : [projectId, afterId];
    const page: DraftRow[] = await db.drafts
      .where('[projectId+id]')
      .between(lower, [projectId, Dexie.maxKey], afterId === null, true)
      .limit(pageSize)
      .toArray();
    if (page.length === 0) {
      return;
    }
    scanned += page.length;
    visitPage(page, { scanned });
    afterId = page[page.length - 1]!.id;
    if (page.length < pageSize) {
      return;
    }
  }
}

/** Up to `limit` drafts of a project by id, after `afterId` (from the first when null). */
export async function readDraftPage(
  db: LoupeDatabase,
  projectId: string,
  afterId: string | null,
  limit: number,
): Promise<DraftRow[]> {
  const lower: [string, string] | [string, typeof Dexie.minKey] =
    afterId === null ? [projectId, Dexie.minKey] : [projectId, afterId];
  return db.drafts
    .where('[projectId+id]')
    .between(lower, [projectId, Dexie.maxKey], afterId === null, true)
    .limit(limit)
    .toArray();
}
