/**
 * A plain, independent reading of DESIGN.md's "Draft state" rules (and the tie-breaks documented
 * in shared/review/derive-draft-state.ts), for the convergence check of the fault model. Written
 * from the rules, not from the app's code: one pass over the set of events, no shared helpers.
 *
 * - Events are a set: one per id.
 * - A retract undoes its target (if present and not itself a retract); undone decisions are
 *   gone, so what they superseded is uncovered again.
 * - Standing decisions: approve, edit, escalate, resolve, not undone. Skip and comment are
 *   remarks and never count.
 * - Heads: standing decisions no other standing decision lists as a parent.
 * - No head: pending. Heads with one verdict: that status (`resolved` when the holding head is a
 *   lead's resolve). Different verdicts: disputed, the most cautious verdict holding
 *   (reject > escalate > edit > approve).
 * - The holding head: among heads of the held verdict, a resolve before a reviewer's decision,
 *   then the greatest event id; it gives the final text of an edit and the resolution.
 */
import type { DecisionEvent } from '../../../shared/domain/decision-event';

const CAUTION = ['approve', 'edit', 'escalate', 'reject'] as const;
type Verdict = (typeof CAUTION)[number];
const STATUS: Record<Verdict, string> = {
  approve: 'approved',
  edit: 'edited',
  escalate: 'escalated',
  reject: 'resolved',
};

export interface ReferenceState {
  status: string;
  heads: string[];
  verdict: Verdict | null;
  finalText?: string;
  resolution?: { eventId: string; reviewerId: string; verdict: string; note?: string };
  retracted: string[];
  lastDecisionAt?: string;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function referenceDraftState(events: readonly DecisionEvent[]): ReferenceState {
  const set = new Map<string, DecisionEvent>();
  for (const event of events) {
    set.set(event.eventId, event);
  }
  const undone = new Set<string>();
  for (const event of set.values()) {
    if (event.kind === 'retract') {
      const target = set.get((event.payload as { targetEventId: string }).targetEventId);
      if (target !== undefined && target.kind !== 'retract') {
        undone.add(target.eventId);
      }
    }
  }
  const standing = [...set.values()]
    .filter((event) => ['approve', 'edit', 'escalate', 'resolve'].includes(event.kind))
    .filter((event) => !undone.has(event.eventId))
    .sort((a, b) => byId(a.eventId, b.eventId));
  const superseded = new Set(
    standing.flatMap((event) => event.parents.filter((parent) => parent !== event.eventId)),
  );
  const heads = standing.filter((event) => !superseded.has(event.eventId));
  const verdictOf = (event: DecisionEvent): Verdict =>
    event.kind === 'resolve'
      ? (event.payload as { verdict: Verdict }).verdict
      : (event.kind as Verdict);

  const state: ReferenceState = {
    status: 'pending',
    heads: heads.map((head) => head.eventId),
    verdict: null,
    retracted: [...undone].sort(byId),
  };
  const last = standing[standing.length - 1];
  if (last !== undefined) {
    state.lastDecisionAt = last.clientTime;
  }
  if (heads.length === 0) {
    return state;
  }
  const verdicts = new Set(heads.map(verdictOf));
  const verdict = CAUTION.filter((candidate) => verdicts.has(candidate)).pop() as Verdict;
  const held = heads.filter((head) => verdictOf(head) === verdict);
  const resolves = held.filter((head) => head.kind === 'resolve');
  const holding = (resolves.length > 0 ? resolves : held).at(-1) as DecisionEvent;
  state.verdict = verdict;
  state.status =
    verdicts.size > 1 ? 'disputed' : holding.kind === 'resolve' ? 'resolved' : STATUS[verdict];
  const payload = holding.payload as { finalText?: string; note?: string };
  if (verdict === 'edit' && payload.finalText !== undefined) {
    state.finalText = payload.finalText;
  }
  if (state.status === 'resolved' && holding.kind === 'resolve') {
    state.resolution = {
      eventId: holding.eventId,
      reviewerId: holding.reviewerId,
      verdict,
      ...(payload.note === undefined ? {} : { note: payload.note }),
    };
  }
  return state;
}
