/**
 * What the lead's inbox reads (issue 14): every draft, across projects, whose derived status is
 * escalated or disputed, with its derived state and its events. Withdrawn drafts are left out:
 * they have left every queue. One read transaction, so a state and its events agree.
 */
import type { DraftStatus } from '../../../shared/domain/draft';
import type { LoupeDatabase } from '../loupe-database';
import type { DraftRow, DraftStateRow, EventRow } from '../rows';
import { listDraftEvents } from './events-repository';

/** Statuses that put a draft in the lead's inbox. */
export const INBOX_STATUSES: readonly DraftStatus[] = ['escalated', 'disputed'];

export interface InboxDraftRecord {
  draft: DraftRow;
  state: DraftStateRow | undefined;
  events: EventRow[];
}

/** Escalated and disputed drafts of every project, with their state and events. */
export async function readInboxDrafts(db: LoupeDatabase): Promise<InboxDraftRecord[]> {
  return db.transaction('r', [db.drafts, db.draftState, db.events], async () => {
    const drafts = (
      await db.drafts
        .where('status')
        .anyOf([...INBOX_STATUSES])
        .toArray()
    ).filter((draft) => draft.withdrawn === undefined);
    const keys = drafts.map((draft): [string, string] => [draft.projectId, draft.id]);
    const [states, eventLists] = await Promise.all([
      db.draftState.bulkGet(keys),
      Promise.all(drafts.map((draft) => listDraftEvents(db, draft.projectId, draft.id))),
    ]);
    return drafts.map((draft, index) => ({
      draft,
      state: states[index],
      events: eventLists[index] ?? [],
    }));
  });
}
