import { describe, expect, it } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { createUlidGenerator } from '../../../shared/ids/ulid';
import {
  decisionEventSchema,
  labelsSchema,
  payloadSchemas,
} from '../../../shared/review/decision-event-schema';
import { event } from './support/events';

const nextId = createUlidGenerator({ now: () => 1_800_000_000_000 });
const id = nextId();

/** A well-formed event: real ULIDs, a hex hash and an ISO time. */
function valid<E extends DecisionEvent>(e: E): E {
  return { ...e, eventId: nextId(), parents: [id], payloadHash: 'a'.repeat(64) };
}

describe('decisionEventSchema accepts', () => {
  it.each([
    [
      'an approval with labels',
      event('approve', '', { labels: { tone: 'ok', errors: ['omission'], score: 4 } }),
    ],
    ['an edit', event('edit', '', { finalText: '最終稿' })],
    ['an escalation', event('escalate', '', { reasonId: 'policy', note: '' })],
    ['a skip', event('skip', '', {})],
    ['a comment', event('comment', '', { text: 'source is stale' })],
    ['a retract', event('retract', '', { targetEventId: id })],
    ["a lead's edit", event('resolve', '', { verdict: 'edit', finalText: 'x', note: 'why' })],
    ["a lead's rejection", event('resolve', '', { verdict: 'reject' })],
  ])('%s, unchanged', (_name, e) => {
    const input = valid(e);
    expect(decisionEventSchema.parse(input)).toEqual(input);
  });
});

describe('decisionEventSchema refuses', () => {
  const base = valid(event('approve', '', {}));

  it.each([
    ['a payload of another kind', { ...base, kind: 'edit' }],
    ['an unknown kind', { ...base, kind: 'delete' }],
    [
      'an unknown envelope field (never stripped: the hash covers what was sent)',
      { ...base, extra: 1 },
    ],
    ['an unknown payload field', { ...base, payload: { labels: {}, mood: 'meh' } }],
    ['an event id that is not a ULID', { ...base, eventId: 'e1' }],
    ['a parent that is not a ULID', { ...base, parents: ['e1'] }],
    ['an upper-case or short hash', { ...base, payloadHash: 'A'.repeat(64) }],
    ['a client time that is not ISO 8601', { ...base, clientTime: 'yesterday' }],
    ['a fractional device sequence', { ...base, deviceSeq: 1.5 }],
    ['negative active time', { ...base, activeMs: -1 }],
    ['a non-finite label', { ...base, payload: { labels: { score: Infinity } } }],
    ['a label that is an object', { ...base, payload: { labels: { q: { a: 1 } } } }],
  ])('%s', (_name, input) => {
    expect(decisionEventSchema.safeParse(input).success).toBe(false);
  });
});

describe('payload rules', () => {
  it("a lead's edit needs the final text, other verdicts take none", () => {
    expect(payloadSchemas.resolve.safeParse({ verdict: 'edit' }).success).toBe(false);
    expect(payloadSchemas.resolve.safeParse({ verdict: 'approve', finalText: 'x' }).success).toBe(
      false,
    );
    expect(payloadSchemas.resolve.safeParse({ verdict: 'approve', note: 'ok' }).success).toBe(true);
  });

  it('a comment cannot be empty, a retract must name an event', () => {
    expect(payloadSchemas.comment.safeParse({ text: '' }).success).toBe(false);
    expect(payloadSchemas.retract.safeParse({ targetEventId: '' }).success).toBe(false);
  });

  it('a skip carries nothing', () => {
    expect(payloadSchemas.skip.safeParse({}).success).toBe(true);
    expect(payloadSchemas.skip.safeParse({ why: 'bored' }).success).toBe(false);
  });

  it('labels are keyed by question id', () => {
    expect(labelsSchema.safeParse({ '': 'x' }).success).toBe(false);
    expect(labelsSchema.safeParse({ q1: ['a', 'b'], q2: 3, q3: 'free text' }).success).toBe(true);
  });
});
