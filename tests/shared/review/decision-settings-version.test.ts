import { describe, expect, it } from 'vitest';
import {
  buildDecisionEvent,
  DECISION_SCHEMA_VERSION,
} from '../../../shared/review/build-decision-event';
import { decisionEventSchema } from '../../../shared/review/decision-event-schema';
import { hasValidPayloadHash, payloadHash } from '../../../shared/review/payload-hash';
import { createUlidGenerator } from '../../../shared/ids/ulid';
import { event } from './support/events';

const input = {
  kind: 'approve' as const,
  payload: { labels: { quality: 4, errors: ['tone'] } },
  projectId: 'p1',
  draftId: 'd1',
  parents: [],
  reviewerId: 'r1',
  deviceId: 'dev1',
  activeMs: 1000,
  appVersion: '0.1.0',
  now: new Date('2026-12-01T09:00:00.000Z'),
};

describe('decision events record the settings version in force', () => {
  it('carries the version it was given, and validates', async () => {
    const built = await buildDecisionEvent({ ...input, guidelinesVersion: 3 });
    expect(built.guidelinesVersion).toBe(3);
    expect(built.schemaVersion).toBe(DECISION_SCHEMA_VERSION);
    expect(decisionEventSchema.parse({ ...built, deviceSeq: 1 })).toEqual({
      ...built,
      deviceSeq: 1,
    });
  });

  it('leaves the payload hash as it was before the version existed', async () => {
    const withVersion = await buildDecisionEvent({ ...input, guidelinesVersion: 7 });
    const without = await buildDecisionEvent(input);
    expect(withVersion.payloadHash).toBe(without.payloadHash);
    expect(withVersion.payloadHash).toBe(await payloadHash(input.payload));
    expect(await hasValidPayloadHash(withVersion)).toBe(true);
    // Without a version the field is absent, not undefined: the event reads as an old one.
    expect(Object.keys(without)).not.toContain('guidelinesVersion');
  });

  it('still accepts an event written before the version existed (schema version 1)', () => {
    const nextId = createUlidGenerator({ now: () => 1_800_000_000_000 });
    const old = {
      ...event('edit', nextId(), { finalText: '最終稿' }),
      payloadHash: 'a'.repeat(64),
    };
    expect(old.schemaVersion).toBe(1);
    expect('guidelinesVersion' in old).toBe(false);
    expect(decisionEventSchema.parse(old)).toEqual(old);
  });

  it.each([0, -1, 1.5, '2'])('refuses a version of %j', (version) => {
    const nextId = createUlidGenerator({ now: () => 1_800_000_000_000 });
    const bad = {
      ...event('skip', nextId(), {}),
      payloadHash: 'a'.repeat(64),
      guidelinesVersion: version,
    };
    expect(decisionEventSchema.safeParse(bad).success).toBe(false);
  });
});
