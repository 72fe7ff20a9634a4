/** The `draftState` table: derived state per draft, recomputed from events, never hand-edited. */
import type { LoupeDatabase } from '../loupe-database';
import type { DraftStateRow } from '../rows';

export async function getDraftState(
  db: LoupeDatabase,
  projectId: string,
  draftId: string,
): Promise<DraftStateRow | undefined> {
  return db.draftState.get([projectId, draftId]);
}

/** Stores a freshly derived state (callers derive it inside the decision transaction). */
export async function putDraftState(db: LoupeDatabase, state: DraftStateRow): Promise<void> {
  await db.draftState.put(state);
}
