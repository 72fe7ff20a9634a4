/**
 * One row of the lead's inbox, built from a draft, its derived state and its events (pure).
 *
 * "Sent back": a lead returns a draft to the reviewers' queue with a `comment` whose parents are
 * the heads it saw (no new event kind, and no retract of a teammate's decision, which the hub
 * refuses: `retract_not_own`). While those heads still stand the draft waits on the reviewers,
 * not the lead, so it is out of the inbox; a reviewer's new decision changes the heads and the
 * comment no longer matches them: the draft leaves the inbox for good (they settled it) or comes
 * back (still escalated or disputed). Derived from the set of events only, like the status, so
 * every machine agrees.
 */
import type { DraftStatus } from '../../../../shared/domain/draft';
import { isKind } from '../../../../shared/domain/decision-event';
import { modelLabel } from '../../../db/queue-entry';
import type { InboxDraftRecord } from '../../../db/repositories/inbox-repository';
import type { EventRow } from '../../../db/rows';

/** Reason value of a disputed draft in the reason filter (escalations use their reason id). */
export const DISPUTED_REASON = 'disputed';

export interface SentBack {
  eventId: string;
  reviewerId: string;
  text: string;
  at: string;
}

export interface InboxItem {
  /** `projectId` and `draftId`, joined: unique across projects. */
  key: string;
  record: InboxDraftRecord;
  projectId: string;
  draftId: string;
  status: Extract<DraftStatus, 'escalated' | 'disputed'>;
  /** The standing decisions the lead rules on (the draft's heads), oldest first. */
  heads: EventRow[];
  /** Escalation reason ids among the heads, and {@link DISPUTED_REASON} for a dispute. */
  reasons: string[];
  /** Who made the heads, sorted. */
  reviewers: string[];
  model: string;
  promptVersion: string | null;
  /** When the draft came to stand as it does: the newest head's time. */
  since: string;
  /** Set while a lead's send-back comment covers exactly the current heads. */
  sentBack: SentBack | null;
}

export function inboxKey(projectId: string, draftId: string): string {
  return `${projectId}\u0000${draftId}`;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

/** The inbox row of a record, or null when the draft is not escalated or disputed. */
export function toInboxItem(record: InboxDraftRecord): InboxItem | null {
  const { draft, state, events } = record;
  if (state === undefined || (state.status !== 'escalated' && state.status !== 'disputed')) {
    return null;
  }
  const byId = new Map(events.map((event) => [event.eventId, event]));
  const heads = state.heads.flatMap((id) => {
    const event = byId.get(id);
    return event === undefined ? [] : [event];
  });
  const reasons = heads.flatMap((head) =>
    isKind(head, 'escalate') ? [head.payload.reasonId] : [],
  );
  if (state.status === 'disputed') {
    reasons.push(DISPUTED_REASON);
  }
  const retracted = new Set(state.retracted);
  const sentBackEvent = events
    .filter(
      (event) =>
        isKind(event, 'comment') &&
        !retracted.has(event.eventId) &&
        event.parents.length > 0 &&
        sameSet(event.parents, state.heads),
    )
    .sort((a, b) => (a.eventId < b.eventId ? 1 : -1))[0];
  const times = heads.map((head) => head.clientTime).sort();
  return {
    key: inboxKey(draft.projectId, draft.id),
    record,
    projectId: draft.projectId,
    draftId: draft.id,
    status: state.status,
    heads,
    reasons: [...new Set(reasons)],
    reviewers: [...new Set(heads.map((head) => head.reviewerId))].sort(),
    model: modelLabel(draft.model),
    promptVersion: draft.promptVersion ?? null,
    since: times[times.length - 1] ?? state.updatedAt,
    sentBack:
      sentBackEvent !== undefined && isKind(sentBackEvent, 'comment')
        ? {
            eventId: sentBackEvent.eventId,
            reviewerId: sentBackEvent.reviewerId,
            text: sentBackEvent.payload.text,
            at: sentBackEvent.clientTime,
          }
        : null,
  };
}

/** Inbox rows of the records, oldest waiting first (then by project and draft id). */
export function toInboxItems(records: readonly InboxDraftRecord[]): InboxItem[] {
  return records
    .flatMap((record) => {
      const item = toInboxItem(record);
      return item === null ? [] : [item];
    })
    .sort((a, b) =>
      a.since !== b.since
        ? a.since < b.since
          ? -1
          : 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
    );
}
