/**
 * Writing one batch of imported drafts (issue 4, "never half-done"): one transaction per batch,
 * and re-importing the same file adds nothing. Per draft, by id within the project:
 * - new → added, pending, with its queue entry;
 * - the same content as stored → left alone;
 * - different content, still undecided → replaced (it is still pending);
 * - different content, already decided → content and decisions kept, marked changed since review.
 */
import Dexie from 'dexie';
import { canonicalJson } from '../../../shared/json/canonical-json';
import type { DraftInput } from '../../../shared/domain/draft-schema';
import type { LoupeDatabase } from '../loupe-database';
import { toQueueEntry } from '../queue-entry';
import type { ImportJobCounts } from '../import-job-row';
import type { DraftRow } from '../rows';
import { takeArrivals } from './meta-repository';
import { appendSearchTexts } from './search-segments-repository';

export type ImportBatchCounts = ImportJobCounts;

/**
 * The content a re-import compares: the draft as imported, without local bookkeeping, and
 * without `createdAt`: a row without one gets the time of each import, so the same file imported
 * twice would otherwise differ in every such row.
 */
function contentOf(draft: DraftInput | DraftRow): string {
  const {
    status: _status,
    projectId: _project,
    changedSinceReview: _changed,
    importId: _importId,
    createdAt: _createdAt,
    draftVersion: _draftVersion,
    withdrawn: _withdrawn,
    arrival: _arrival,
    ...content
  } = draft as DraftRow;
  return canonicalJson(content);
}

/**
 * Writes one batch. With `importId`, added drafts carry it, and the import's job row (see
 * import-jobs-repository.ts) counts the batch in the same transaction: after a crash, the job
 * says exactly how many rows are stored.
 */
export async function writeImportBatch(
  db: LoupeDatabase,
  projectId: string,
  drafts: readonly DraftInput[],
  now: string,
  importId?: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<ImportBatchCounts> {
  const tables = [
    db.drafts,
    db.queueEntries,
    db.draftState,
    db.imports,
    db.meta,
    db.searchSegments,
  ];
  return db.transaction('rw', tables, async () => {
    const keys = drafts.map((draft): [string, string] => [projectId, draft.id]);
    // `fresh`: the import started into an empty project, and ids repeated in the file were
    // dropped, so no draft can exist yet: skip 500 reads per batch. The rows are then *added*:
    // should one exist after all, the batch fails whole instead of overwriting it.
    const stored = fresh ? keys.map(() => undefined) : await db.drafts.bulkGet(keys);
    // Whether a draft was decided matters only for the stored drafts that changed: a fresh import
    // (every draft new) reads no draft state at all.
    const same = drafts.map((draft, index) => {
      const existing = stored[index];
      return existing !== undefined && contentOf(existing) === contentOf(draft);
    });
    const changed = keys.filter((_key, index) => stored[index] !== undefined && !same[index]);
    const decided = new Set(
      (await db.draftState.bulkGet(changed)).flatMap((state, index) =>
        state === undefined ? [] : [changed[index]![1]],
      ),
    );
    const counts: ImportBatchCounts = { added: 0, updated: 0, unchanged: 0, markedChanged: 0 };
    const writes: DraftRow[] = [];
    // Those whose text the search must read again: added and replaced, not marked changed.
    const texts: DraftRow[] = [];
    // New drafts arrive in file order: among rows created at the same time (every row without a
    // creation time gets the import's), the queue keeps that order, not the ids' text order.
    let arrival = await takeArrivals(db, stored.filter((row) => row === undefined).length);
    drafts.forEach((draft, index) => {
      const existing = stored[index];
      if (existing === undefined) {
        writes.push({
          ...draft,
          projectId,
          status: 'pending',
          arrival,
          ...(importId === undefined ? {} : { importId }),
        });
        texts.push(writes.at(-1)!);
        arrival += 1;
        counts.added += 1;
      } else if (same[index]) {
        counts.unchanged += 1;
      } else if (!decided.has(draft.id)) {
        const addedBy = existing.importId === undefined ? {} : { importId: existing.importId };
        // It keeps its place in the queue: the first import's createdAt and arrival stay.
        writes.push({
          ...draft,
          createdAt: existing.createdAt,
          projectId,
          status: existing.status,
          ...(existing.arrival === undefined ? {} : { arrival: existing.arrival }),
          ...addedBy,
        });
        texts.push(writes.at(-1)!);
        counts.updated += 1;
      } else {
        writes.push({ ...existing, changedSinceReview: { at: now } });
        counts.markedChanged += 1;
      }
    });
    // Issued together: the worker serialises the entries while the backend stores the drafts.
    const entries = writes.map((row) => toQueueEntry(row));
    await Promise.all([
      fresh ? db.drafts.bulkAdd(writes) : db.drafts.bulkPut(writes),
      fresh ? db.queueEntries.bulkAdd(entries) : db.queueEntries.bulkPut(entries),
      importId === undefined ? undefined : countInJob(db, importId, drafts.length, counts, now),
      appendSearchTexts(db, texts),
    ]);
    return counts;
  });
}

/** Whether the project holds no draft at all (one key read). */
export async function projectIsEmpty(db: LoupeDatabase, projectId: string): Promise<boolean> {
  const first = await db.drafts
    .where('[projectId+id]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .first();
  return first === undefined;
}

/** Adds a batch to its import job's counts (in the batch's transaction). */
async function countInJob(
  db: LoupeDatabase,
  importId: string,
  rows: number,
  counts: ImportBatchCounts,
  now: string,
): Promise<void> {
  const job = await db.imports.get(importId);
  if (job === undefined) {
    return;
  }
  await db.imports.put({
    ...job,
    rowsWritten: job.rowsWritten + rows,
    counts: {
      added: job.counts.added + counts.added,
      updated: job.counts.updated + counts.updated,
      unchanged: job.counts.unchanged + counts.unchanged,
      markedChanged: job.counts.markedChanged + counts.markedChanged,
    },
    updatedAt: now,
  });
}
