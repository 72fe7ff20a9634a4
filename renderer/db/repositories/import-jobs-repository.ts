/**
 * Import jobs (see import-job-row.ts): started before the first batch, counted by each batch
 * (import-repository.ts), ended when the writing pass stops. A job left `running` by a crash, or
 * `cancelled`/`failed`, is offered on the next start until the reviewer settles it.
 */
import Dexie from 'dexie';
import type { LoupeDatabase } from '../loupe-database';
import type { ImportJobRow, ImportJobState } from '../import-job-row';
import { appendSearchRemovals } from './search-segments-repository';

/** Drafts looked at per transaction while removing what an import added. */
const REMOVE_PAGE = 500;

export async function startImportJob(db: LoupeDatabase, job: ImportJobRow): Promise<void> {
  await db.imports.put(job);
}

export function getImportJob(db: LoupeDatabase, importId: string) {
  return db.imports.get(importId);
}

/** Marks the end of a writing pass; a job that is already settled stays so. */
export async function endImportJob(
  db: LoupeDatabase,
  importId: string,
  state: Exclude<ImportJobState, 'settled'>,
  at: string,
  failure?: string,
): Promise<void> {
  await db.transaction('rw', db.imports, async () => {
    const job = await db.imports.get(importId);
    if (job === undefined || job.state === 'settled') {
      return;
    }
    const { failure: _old, ...rest } = job;
    await db.imports.put({
      ...rest,
      state,
      updatedAt: at,
      ...(failure === undefined ? {} : { failure }),
    });
  });
}

/** Jobs that stopped part-way (or were interrupted) and wait for the reviewer, oldest first. */
export async function listUnfinishedImports(db: LoupeDatabase): Promise<ImportJobRow[]> {
  const jobs = await db.imports.where('state').anyOf('running', 'cancelled', 'failed').toArray();
  return jobs.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export async function settleImportJob(db: LoupeDatabase, importId: string, at: string) {
  await db.imports.update(importId, { state: 'settled', updatedAt: at });
}

/**
 * Deletes the drafts `importId` added that nobody has decided on yet (a decided draft is the
 * reviewer's work and stays), with their queue entries and unsaved edits, a page per transaction;
 * then settles the job. Safe to run again after an interruption. Returns how many were removed.
 */
export async function removeImportedDrafts(
  db: LoupeDatabase,
  job: Pick<ImportJobRow, 'importId' | 'projectId'>,
  at: string,
): Promise<number> {
  let removed = 0;
  let afterId: string | null = null;
  for (;;) {
    const page = await db.transaction(
      'rw',
      [db.drafts, db.queueEntries, db.draftState, db.editBuffers, db.searchSegments],
      async () => {
        const lower = [job.projectId, afterId ?? Dexie.minKey];
        const rows = await db.drafts
          .where('[projectId+id]')
          .between(lower, [job.projectId, Dexie.maxKey], afterId === null, true)
          .limit(REMOVE_PAGE)
          .toArray();
        const added = rows.filter((row) => row.importId === job.importId);
        const keys = added.map((row): [string, string] => [job.projectId, row.id]);
        const states = await db.draftState.bulkGet(keys);
        const undecided = keys.filter((_key, index) => states[index] === undefined);
        await db.drafts.bulkDelete(undecided);
        await db.queueEntries.bulkDelete(undecided);
        await db.editBuffers.bulkDelete(undecided);
        await appendSearchRemovals(
          db,
          job.projectId,
          undecided.map(([, id]) => id),
        );
        removed += undecided.length;
        return rows;
      },
    );
    const last = page.at(-1);
    if (last === undefined || page.length < REMOVE_PAGE) {
      break;
    }
    afterId = last.id;
  }
  await settleImportJob(db, job.importId, at);
  return removed;
}
