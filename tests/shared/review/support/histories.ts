/**
 * fast-check arbitraries for plausible event histories of one draft. A history is built step by
 * step, the way copies of Loupe would write it: decisions whose parents are the heads the author
 * saw (or an older, partial view, as an offline device would have), retracts of earlier events
 * (sometimes of one this copy has not received), skips, comments, resolves over the current
 * heads, and duplicates from retried pushes. Ids are real ULIDs whose times are skewed, so id
 * order is not always creation order.
 */
import fc from 'fast-check';
import type { DecisionEvent, ResolveVerdict } from '../../../../shared/domain/decision-event';
import { createUlidGenerator } from '../../../../shared/ids/ulid';
import { deriveDraftState } from '../../../../shared/review/derive-draft-state';
import { STATUS_KINDS } from '../../../../shared/review/event-set';
import { approve, comment, edit, escalate, resolve, retract, skip } from './events';

type Step =
  | { t: 'decide'; kind: 'approve' | 'edit' | 'escalate'; seesHeads: boolean; picks: number[] }
  | { t: 'resolve'; verdict: ResolveVerdict; seesHeads: boolean; picks: number[] }
  | { t: 'retract'; target: number | 'unknown' }
  | { t: 'remark'; kind: 'skip' | 'comment' }
  | { t: 'duplicate'; index: number };

const picks = fc.array(fc.nat(), { maxLength: 3 });
const texts = ['Final A', 'Final B', '最終稿'] as const;

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('decide' as const),
      kind: fc.constantFrom('approve' as const, 'edit' as const, 'escalate' as const),
      seesHeads: fc.boolean(),
      picks,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('resolve' as const),
      verdict: fc.constantFrom<ResolveVerdict>('approve', 'edit', 'reject'),
      seesHeads: fc.boolean(),
      picks,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('retract' as const),
      target: fc.oneof(fc.nat(), fc.constant('unknown' as const)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('remark' as const),
      kind: fc.constantFrom('skip' as const, 'comment' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('duplicate' as const), index: fc.nat() }) },
);

/** A ULID for the n-th event, minted at a skewed time: unique, but not always in order. */
function idFor(n: number, skewMs: number): string {
  const mint = createUlidGenerator({
    now: () => 1_800_000_000_000 + n * 1000 + skewMs,
    // The first fractions drawn pick the last characters: n in base 32, then zeros.
    random: (() => {
      let rest = n;
      return () => {
        const digit = rest % 32;
        rest = Math.floor(rest / 32);
        return digit / 32;
      };
    })(),
  });
  return mint();
}

function build(steps: readonly Step[], skews: readonly number[]): DecisionEvent[] {
  const events: DecisionEvent[] = [];
  steps.forEach((s, n) => {
    const id = idFor(n, skews[n % skews.length] ?? 0);
    const decided = events.filter((e) => STATUS_KINDS.has(e.kind));
    const pick = (indices: number[]) =>
      decided.length === 0
        ? []
        : [...new Set(indices.map((i) => decided[i % decided.length]!.eventId))];
    const options = {
      reviewerId: `reviewer-${n % 3}`,
      clientTime: new Date(n * 1000).toISOString(),
    };
    const parentsOf = (seesHeads: boolean, indices: number[]) =>
      seesHeads ? deriveDraftState(events).heads : pick(indices);
    switch (s.t) {
      case 'decide': {
        const opts = { ...options, parents: parentsOf(s.seesHeads, s.picks) };
        const text = texts[n % texts.length]!;
        events.push(
          s.kind === 'approve'
            ? approve(id, opts)
            : s.kind === 'edit'
              ? edit(id, text, opts)
              : escalate(id, opts),
        );
        break;
      }
      case 'resolve': {
        const finalText = s.verdict === 'edit' ? { finalText: `Lead ${n}` } : {};
        events.push(resolve(id, s.verdict, parentsOf(s.seesHeads, s.picks), finalText));
        break;
      }
      case 'retract': {
        const target =
          s.target === 'unknown' || events.length === 0
            ? idFor(10_000 + n, 0) // an event this copy has not received (yet)
            : events[s.target % events.length]!.eventId;
        events.push(retract(id, target, options));
        break;
      }
      case 'remark':
        events.push(s.kind === 'skip' ? skip(id, options) : comment(id, `note ${n}`, options));
        break;
      case 'duplicate':
        if (events.length > 0) {
          events.push(structuredClone(events[s.index % events.length]!));
        }
        break;
    }
  });
  return events;
}

/** A plausible history of one draft, in arrival order (with possible duplicates). */
export const history: fc.Arbitrary<DecisionEvent[]> = fc
  .tuple(
    fc.array(step, { maxLength: 25 }),
    fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 5 }),
  )
  .map(([steps, skews]) => build(steps, skews));
