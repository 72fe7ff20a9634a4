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
