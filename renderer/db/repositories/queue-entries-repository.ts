/** The `queueEntries` table: what the queue list shows of each draft, in queue order. */
import Dexie from 'dexie';
import type { LoupeDatabase } from '../loupe-database';
import type { QueueEntryRow } from '../rows';

const ORDER = '[projectId+rank+createdAt+arrival+draftId]';

/** Where a page of the queue ends; the next page starts after it. */
export type QueueCursor = [string, number, string, number, string];

const cursorOf = (entry: QueueEntryRow): QueueCursor => [
  entry.projectId,
  entry.rank,
  entry.createdAt,
  entry.arrival,
  entry.draftId,
];

/**
 * Up to `limit` of a project's queue entries in queue order (highest priority, then oldest, then
 * by id), starting after `after` (from the start when null), with the cursor of the last one.
 * One read transaction per page, so other reads and decisions interleave with a long read.
 */
export async function readQueuePage(
  db: LoupeDatabase,
  projectId: string,
  after: QueueCursor | null,
  limit: number,
): Promise<{ entries: QueueEntryRow[]; cursor: QueueCursor | null }> {
  // One maxKey ends the range: an array holding the same object twice is not a valid key.
  const upper = [projectId, Dexie.maxKey];
  const entries = await db.queueEntries
    .where(ORDER)
    .between(
      after ?? [projectId, Dexie.minKey, Dexie.minKey, Dexie.minKey, Dexie.minKey],
      upper,
      after === null,
    )
    .limit(limit)
    .toArray();
  const last = entries[entries.length - 1];
  return { entries, cursor: last === undefined ? null : cursorOf(last) };
}

/** All of a project's queue entries in queue order, read page by page. */
export async function listQueueEntries(
  db: LoupeDatabase,
  projectId: string,
  pageSize = 1000,
): Promise<QueueEntryRow[]> {
  const all: QueueEntryRow[] = [];
  let after: QueueCursor | null = null;
  for (;;) {
    const page = await readQueuePage(db, projectId, after, pageSize);
    all.push(...page.entries);
    if (page.entries.length < pageSize || page.cursor === null) {
      return all;
    }
    after = page.cursor;
  }
}

/** The first entry in queue order with `status`, or undefined when none has it. */
export async function firstQueueEntryWithStatus(
  db: LoupeDatabase,
  projectId: string,
  status: QueueEntryRow['status'],
): Promise<QueueEntryRow | undefined> {
  return db.queueEntries
    .where('[projectId+status+rank+createdAt+arrival+draftId]')
    .between(
      [projectId, status, Dexie.minKey, Dexie.minKey, Dexie.minKey, Dexie.minKey],
      [projectId, status, Dexie.maxKey],
    )
    .first();
}

/** Number of drafts in a project's queue. */
export async function countQueueEntries(db: LoupeDatabase, projectId: string): Promise<number> {
  return db.queueEntries
    .where('[projectId+draftId]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .count();
}

/**
 * The draft next to `draft` in queue order (`step` 1: after it, -1: before it), read from the
 * index, for when the queue in memory does not reach that far yet.
 */
export async function neighbourInQueue(
  db: LoupeDatabase,
  draft: { projectId: string; id: string; priority: number; createdAt: string; arrival?: number },
  step: 1 | -1,
): Promise<string | undefined> {
  const at: QueueCursor = [
    draft.projectId,
    -draft.priority,
    draft.createdAt,
    draft.arrival ?? 0,
    draft.id,
  ];
  const range =
    step === 1
      ? db.queueEntries.where(ORDER).between(at, [draft.projectId, Dexie.maxKey], false, true)
      : db.queueEntries
          .where(ORDER)
          .between([draft.projectId, Dexie.minKey], at, true, false)
          .reverse();
  return (await range.first())?.draftId;
}

/** The queue entries of some drafts of a project, in the order asked (undefined: not queued). */
export async function getQueueEntries(
  db: LoupeDatabase,
  projectId: string,
  draftIds: readonly string[],
): Promise<(QueueEntryRow | undefined)[]> {
  return db.queueEntries.bulkGet(draftIds.map((draftId): [string, string] => [projectId, draftId]));
}
