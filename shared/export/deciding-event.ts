/**
 * The decision whose call a record carries: the one whose verdict holds (a lead's resolve before
 * a reviewer's decision, then the greatest event id), exactly as shared/review/derive-draft-state
 * picks the text that holds. The record takes its guideline version from it, and the export's
 * date range looks at its `clientTime`.
 */
import type { DecisionEvent } from '../domain/decision-event';
import { isKind } from '../domain/decision-event';
import type { DerivedDraftState, HeldVerdict } from '../review/derive-draft-state';
import { deriveDraftState } from '../review/derive-draft-state';
import { compareIds, uniqueEvents } from '../review/event-set';

const verdictOf = (event: DecisionEvent): HeldVerdict =>
  isKind(event, 'resolve') ? event.payload.verdict : (event.kind as HeldVerdict);

/** The standing decisions (heads) of `state`, in event id order. */
export function headEvents(
  events: readonly DecisionEvent[],
  state: DerivedDraftState,
): DecisionEvent[] {
  const byId = new Map(events.map((event) => [event.eventId, event]));
  return state.heads
    .map((id) => byId.get(id))
    .filter((event): event is DecisionEvent => event !== undefined)
    .sort((a, b) => compareIds(a.eventId, b.eventId));
}

/** The head whose verdict holds, or undefined while nothing stands (pending, skipped). */
export function decidingEvent(
  events: readonly DecisionEvent[],
  state: DerivedDraftState = deriveDraftState(events),
): DecisionEvent | undefined {
  if (state.verdict === null) {
    return undefined;
  }
  const holding = headEvents(events, state).filter((head) => verdictOf(head) === state.verdict);
  const resolves = holding.filter((head) => head.kind === 'resolve');
  const pool = resolves.length > 0 ? resolves : holding;
  return pool[pool.length - 1];
}

/**
 * When the draft was decided, for date filters: the deciding event's `clientTime`; for a draft
 * nothing stands on (pending, skipped), its latest event's; undefined for a draft without events.
 */
export function decidedAt(events: readonly DecisionEvent[]): string | undefined {
  const deciding = decidingEvent(events);
  if (deciding !== undefined) {
    return deciding.clientTime;
  }
  const all = uniqueEvents(events);
  return all[all.length - 1]?.clientTime;
}
