/**
 * What the audit log reads from the local store (issue 14 point 7): a project's or one draft's
 * decision events, and the model of each draft they name. Read-only.
 */
import Dexie from 'dexie';
import type { DraftModel } from '../../../shared/domain/draft';
import type { LoupeDatabase } from '../loupe-database';
import type { EventRow } from '../rows';

/** Whose events: every draft of a project, or one draft. */
export interface AuditScope {
  projectId: string;
  draftId?: string;
}

/** Drafts read per query for their models (each row holds the draft's text too). */
const DRAFTS_PER_READ = 500;

export async function listAuditEvents(db: LoupeDatabase, scope: AuditScope): Promise<EventRow[]> {
  const index = db.events.where('[projectId+draftId]');
  return scope.draftId === undefined
    ? index.between([scope.projectId, Dexie.minKey], [scope.projectId, Dexie.maxKey]).toArray()
    : index.equals([scope.projectId, scope.draftId]).toArray();
}

/** The model of each of the project's drafts named, by draft id (absent where not stored). */
export async function draftModels(
  db: LoupeDatabase,
  projectId: string,
  draftIds: readonly string[],
): Promise<Map<string, DraftModel>> {
  const models = new Map<string, DraftModel>();
  for (let at = 0; at < draftIds.length; at += DRAFTS_PER_READ) {
    const keys = draftIds
      .slice(at, at + DRAFTS_PER_READ)
      .map((id): [string, string] => [projectId, id]);
    for (const draft of await db.drafts.bulkGet(keys)) {
      if (draft !== undefined) {
        models.set(draft.id, draft.model);
      }
    }
  }
  return models;
}
