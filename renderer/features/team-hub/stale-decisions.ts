/**
 * Standing decisions made on an older version of a draft than the one this machine holds
 * (SYNC.md §7): kept, counted, and flagged stale so the reviewer knows the text moved on.
 */
import type { DraftRow, DraftStateRow, EventRow } from '../../db/rows';

/** The draft's heads whose `draftVersion` is below the draft's current version. */
export function staleDecisions(
  draft: DraftRow,
  state: DraftStateRow | undefined,
  events: readonly EventRow[],
): EventRow[] {
  const current = draft.draftVersion;
  if (current === undefined || state === undefined || state.heads.length === 0) {
    return [];
  }
  const heads = new Set(state.heads);
  return events.filter(
    (event) =>
      heads.has(event.eventId) && event.draftVersion !== undefined && event.draftVersion < current,
  );
}
