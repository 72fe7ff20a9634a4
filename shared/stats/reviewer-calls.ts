/**
 * A reviewer's call on a draft, for agreement and disagreement: the reviewer's latest (greatest
 * event id) approve, edit or escalate on it that no retract undid and that passes the filters —
 * whether or not a later decision superseded it, because agreement asks what each reviewer
 * judged, not what stands. Skips are no judgement; a lead's resolve is the final call on a
 * dispute, not a rater's, so neither takes part.
 *
 * During the pass a call is the event itself (no copy per event: 100,000 of them); the light
 * {@link ReviewerCall} is made only for the disagreements that are listed.
 */
import type { DecisionEvent, DecisionKind, Labels } from '../domain/decision-event';

export type ReviewerVerdict = 'approve' | 'edit' | 'escalate';

/** A listed call: who, what, which event (its text and labels stay in the draft's events). */
export interface ReviewerCall {
  reviewerId: string;
  verdict: ReviewerVerdict;
  eventId: string;
  at: string;
}

/** True for the kinds that are a reviewer's verdict on the draft. */
export function isVerdictKind(kind: DecisionKind): kind is ReviewerVerdict {
  return kind === 'approve' || kind === 'edit' || kind === 'escalate';
}

/** The rubric answers of an approve or edit. */
export function labelsOf(event: DecisionEvent): Labels | undefined {
  return event.kind === 'approve' || event.kind === 'edit'
    ? (event.payload as { labels?: Labels }).labels
    : undefined;
}

/** The listed form of a call event (an approve, edit or escalate). */
export function toCall(event: DecisionEvent): ReviewerCall {
  return {
    reviewerId: event.reviewerId,
    verdict: event.kind as ReviewerVerdict,
    eventId: event.eventId,
    at: event.clientTime,
  };
}
