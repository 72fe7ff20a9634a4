/** The `drafts` table. A draft's id is unique within its project, so keys are [projectId, id]. */
import type { DraftStatus } from '../../../shared/domain/draft';
import type { LoupeDatabase } from '../loupe-database';
import type { DraftRow } from '../rows';

/** Creates or replaces drafts in one transaction (imports call this once per chunk). */
export async function putDrafts(db: LoupeDatabase, drafts: readonly DraftRow[]): Promise<void> {
  await db.drafts.bulkPut([...drafts]);
}

export async function getDraft(
  db: LoupeDatabase,
  projectId: string,
  id: string,
): Promise<DraftRow | undefined> {
  return db.drafts.get([projectId, id]);
}

/** Number of drafts per project id; projects without drafts are absent. */
export async function countDraftsByProject(db: LoupeDatabase): Promise<Record<string, number>> {
  return db.transaction('r', db.drafts, async () => {
    const projectIds = (await db.drafts.orderBy('projectId').uniqueKeys()) as string[];
    const counts: Record<string, number> = {};
    for (const projectId of projectIds) {
      counts[projectId] = await db.drafts.where('projectId').equals(projectId).count();
    }
    return counts;
  });
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
  return db.transaction('rw', db.drafts, async () => {
    const keys = drafts.map((row): [string, string] => [row.projectId, row.id]);
    const existing = await db.drafts.bulkGet(keys);
    const missing = drafts.filter((_, index) => existing[index] === undefined);
    await db.drafts.bulkAdd(missing);
    return missing.length;
  });
}

/** Drafts of one project in queue order: highest priority first, then oldest first. */
export async function listProjectDrafts(db: LoupeDatabase, projectId: string): Promise<DraftRow[]> {
  const rows = await db.drafts.where('projectId').equals(projectId).toArray();
  return rows.sort(
    (a, b) =>
      b.priority - a.priority || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}
