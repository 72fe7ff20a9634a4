/**
 * Properties of the draft-state derivation over generated histories (support/histories.ts).
 * Each property was checked to fail against a deliberately broken derivation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import type { HeldVerdict } from '../../../shared/review/derive-draft-state';
import { deriveDraftState, VERDICT_CAUTION } from '../../../shared/review/derive-draft-state';
import { comment, resolve, retract, skip } from './support/events';
import { history } from './support/histories';

const runs = { numRuns: 300 };
const LATE = '7ZZZZZZZZZZZZZZZZZZZZZZZZZ'; // greater than every generated id

/** Written out here rather than imported, so the oracle does not share the code under test. */
const DECISIONS = new Set<string>(['approve', 'edit', 'escalate', 'resolve']);

/** Standing decisions (not retracted by a present retract), from first principles. */
function standing(events: readonly DecisionEvent[]): DecisionEvent[] {
  const ids = new Map(events.map((e) => [e.eventId, e.kind]));
  const undone = new Set(
    events.flatMap((e) =>
      e.kind === 'retract' && ids.has(targetOf(e)) && ids.get(targetOf(e)) !== 'retract'
        ? [targetOf(e)]
        : [],
    ),
  );
  return events.filter((e) => DECISIONS.has(e.kind) && !undone.has(e.eventId));
}

function targetOf(e: DecisionEvent): string {
  return (e.payload as { targetEventId: string }).targetEventId;
}

function verdictOf(e: DecisionEvent): HeldVerdict {
  return e.kind === 'resolve'
    ? (e.payload as { verdict: HeldVerdict }).verdict
    : (e.kind as HeldVerdict);
}

/** Deterministic permutation drawn by fast-check. */
const shuffled = (events: DecisionEvent[]) =>
  fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length });

describe('deriveDraftState, for any plausible history', () => {
  it('reaches the same state whatever order the events arrive in', () => {
    fc.assert(
      fc.property(
        history.chain((events) => fc.tuple(fc.constant(events), shuffled(events))),
        ([events, reordered]) => {
          expect(deriveDraftState(reordered)).toEqual(deriveDraftState(events));
        },
      ),
      runs,
    );
  });

  it('ignores events delivered twice', () => {
    fc.assert(
      fc.property(
        history.chain((events) => fc.tuple(fc.constant(events), fc.subarray(events))),
        ([events, again]) => {
          const redelivered = [...events, ...again.map((e) => structuredClone(e))];
          expect(deriveDraftState(redelivered)).toEqual(deriveDraftState(events));
        },
      ),
      runs,
    );
  });

  it('heads are exactly the standing decisions no other standing decision supersedes', () => {
    fc.assert(
      fc.property(history, (events) => {
        const live = standing(events);
        const expected = live
          .filter(
            (e) => !live.some((o) => o.eventId !== e.eventId && o.parents.includes(e.eventId)),
          )
          .map((e) => e.eventId);
        expect(deriveDraftState(events).heads).toEqual([...new Set(expected)].sort());
      }),
      runs,
    );
  });

  it('retracting a decision is the same as that decision never having been made', () => {
    fc.assert(
      fc.property(history, fc.nat(), (events, pick) => {
        const live = standing(events);
        fc.pre(live.length > 0);
        const target = live[pick % live.length]!.eventId;
        const withRetract = deriveDraftState([...events, retract(LATE, target)]);
        const without = deriveDraftState(events.filter((e) => e.eventId !== target));
        expect(withRetract).toEqual({
          ...without,
          retracted: [...without.retracted, target].sort(),
        });
      }),
      runs,
    );
  });

  it('retracting every decision leaves the draft pending', () => {
    fc.assert(
      fc.property(history, (events) => {
        const undo = standing(events).map((e, i) => retract(`${LATE}${i}`, e.eventId));
        const state = deriveDraftState([...events, ...undo]);
        expect(state).toMatchObject({ status: 'pending', heads: [], verdict: null });
        expect(state.finalText).toBeUndefined();
      }),
      runs,
    );
  });

  it('a retract of a retract, or of an event not received yet, changes nothing', () => {
    fc.assert(
      fc.property(history, fc.nat(), (events, pick) => {
        const retracts = events.filter((e) => e.kind === 'retract');
        const target =
          retracts.length > 0
            ? retracts[pick % retracts.length]!.eventId
            : '0UNKNOWN0000000000000000';
        expect(deriveDraftState([...events, retract(LATE, target)])).toEqual(
          deriveDraftState(events),
        );
      }),
      runs,
    );
  });

  it('heads that disagree are disputed, and the most cautious verdict holds', () => {
    fc.assert(
      fc.property(history, (events) => {
        const state = deriveDraftState(events);
        const byId = new Map(events.map((e) => [e.eventId, e]));
        const verdicts = new Set(state.heads.map((id) => verdictOf(byId.get(id)!)));
        const cautious = [...verdicts].sort((a, b) => VERDICT_CAUTION[b] - VERDICT_CAUTION[a])[0];
        expect(state.status === 'disputed').toBe(verdicts.size > 1);
        expect(state.verdict).toBe(cautious ?? null);
      }),
      runs,
    );
  });

  it("a lead's resolve over all heads leaves it the only head, and the draft resolved", () => {
    fc.assert(
      fc.property(
        history,
        fc.constantFrom('approve', 'edit', 'reject' as const),
        (events, verdict) => {
          const heads = deriveDraftState(events).heads;
          const finalText = verdict === 'edit' ? { finalText: 'Lead text' } : {};
          const state = deriveDraftState([...events, resolve(LATE, verdict, heads, finalText)]);
          expect(state).toMatchObject({ status: 'resolved', heads: [LATE], verdict });
          expect(state.resolution).toMatchObject({ eventId: LATE, verdict });
          expect(state.finalText).toBe(verdict === 'edit' ? 'Lead text' : undefined);
        },
      ),
      runs,
    );
  });

  it('skips and comments never change where a draft stands', () => {
    fc.assert(
      fc.property(history, fc.boolean(), (events, isSkip) => {
        const parents = deriveDraftState(events).heads;
        const remark = isSkip ? skip(LATE, { parents }) : comment(LATE, 'hm', { parents });
        const withoutRemarks = events.filter((e) => e.kind !== 'skip' && e.kind !== 'comment');
        expect(deriveDraftState([...events, remark])).toEqual(deriveDraftState(events));
        expect(deriveDraftState(withoutRemarks)).toMatchObject({
          ...deriveDraftState(events),
          retracted: expect.any(Array) as unknown,
        });
      }),
      runs,
    );
  });
});
