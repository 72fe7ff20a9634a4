/**
 * The set operations the derivation starts from: one event per id, and which events are undone.
 * Kept apart from the status rules so each half stays small and separately readable.
 */
import type { DecisionEvent, DecisionKind } from '../domain/decision-event';
import { isKind } from '../domain/decision-event';
import { canonicalJson } from '../json/canonical-json';

/** Kinds that take part in heads and status; skip, comment and retract never do. */
export const STATUS_KINDS: ReadonlySet<DecisionKind> = new Set<DecisionKind>([
  'approve',
  'edit',
  'escalate',
  'resolve',
]);

/** Code-unit order, never `localeCompare`: the result must not depend on the machine's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One event per id, sorted by id. Retries and re-pulls deliver the same event twice; that is
 * harmless. Two DIFFERENT events with one id (an id conflict, which the hub rejects) must still
 * not make the result depend on arrival order, so the one with the smaller canonical JSON wins.
 */
export function uniqueEvents(events: readonly DecisionEvent[]): DecisionEvent[] {
  const byId = new Map<string, DecisionEvent>();
  for (const event of events) {
    const kept = byId.get(event.eventId);
    if (kept === undefined || (kept !== event && canonicalJson(event) < canonicalJson(kept))) {
      byId.set(event.eventId, event);
    }
  }
  return [...byId.values()].sort((a, b) => compareIds(a.eventId, b.eventId));
}

/**
 * Ids of the events that are undone: every present event targeted by a retract, except
 * retracts themselves.
 *
 * A retract aimed at a retract has no effect (it is kept in the log, nothing more). "Redo" is a
 * fresh decision instead. This keeps undo one level deep, so no chain or cycle of retracts can
 * ever need resolving, and the outcome never depends on which retract is "later".
 *
 * A retract whose target has not arrived yet is kept: it takes effect when the target arrives,
 * whichever order the two come in.
 */
export function retractedIds(events: readonly DecisionEvent[]): Set<string> {
  const kindById = new Map(events.map((event) => [event.eventId, event.kind]));
  const retracted = new Set<string>();
  for (const event of events) {
    if (isKind(event, 'retract')) {
      const target = event.payload.targetEventId;
      const targetKind = kindById.get(target);
      if (targetKind !== undefined && targetKind !== 'retract') {
        retracted.add(target);
      }
    }
  }
  return retracted;
}
