/**
 * Per-draft event helpers of the statistics pass, kept apart from the pass itself: the events
 * once each in id order, and each reviewer's call (reviewer-calls.ts) as the pass meets them.
 */
import type { DecisionEvent } from '../domain/decision-event';
import { uniqueEvents } from '../review/event-set';
import { compareKeys } from './decision-counts';

/** Orders calls by reviewer id (code units). */
export const byReviewer = (a: DecisionEvent, b: DecisionEvent): number =>
  compareKeys(a.reviewerId, b.reviewerId);

/**
 * Records `event` as its reviewer's call. Events come in event id order, so a reviewer's later
 * call replaces the earlier one; a draft has a handful of reviewers, so a scan beats a Map.
 */
export function setCall(calls: DecisionEvent[], event: DecisionEvent): void {
  for (let i = 0; i < calls.length; i += 1) {
    if ((calls[i] as DecisionEvent).reviewerId === event.reviewerId) {
      calls[i] = event;
      return;
    }
  }
  calls.push(event);
}

export const isRetract = (event: DecisionEvent): boolean => event.kind === 'retract';

/**
 * The events once each, in event id order: uniqueEvents' result. A replica usually hands them
 * over in that order already; then the list is used as it is, without the Map and the sort.
 */
export function uniqueSorted(events: readonly DecisionEvent[]): readonly DecisionEvent[] {
  for (let i = 1; i < events.length; i += 1) {
    if (!((events[i - 1] as DecisionEvent).eventId < (events[i] as DecisionEvent).eventId)) {
      return uniqueEvents(events);
    }
  }
  return events;
}
