import { describe, expect, it } from 'vitest';
import { buildDecisionEvent } from '../../../shared/review/build-decision-event';
import { decisionEventSchema } from '../../../shared/review/decision-event-schema';
import { hasValidPayloadHash } from '../../../shared/review/payload-hash';

describe('buildDecisionEvent', () => {
  it('builds an event the shared schema accepts, with a matching payload hash', async () => {
    const event = await buildDecisionEvent({
      kind: 'edit',
      payload: { finalText: '退款將於 14 天內完成。' },
      projectId: 'p1',
      draftId: 'd1',
      parents: ['01JBZZZZZZZZZZZZZZZZZZZZZZ', '01JAZZZZZZZZZZZZZZZZZZZZZZ'],
      reviewerId: 'r1',
      deviceId: 'dev1',
      activeMs: 1234.6,
      appVersion: '0.1.0',
      now: new Date('2026-11-28T10:00:00.000Z'),
    });
    expect(decisionEventSchema.safeParse({ ...event, deviceSeq: 1 }).success).toBe(true);
    expect(await hasValidPayloadHash(event)).toBe(true);
    expect(event.parents).toEqual(['01JAZZZZZZZZZZZZZZZZZZZZZZ', '01JBZZZZZZZZZZZZZZZZZZZZZZ']);
    expect(event.activeMs).toBe(1235);
    expect(event.clientTime).toBe('2026-11-28T10:00:00.000Z');
  });

  it('gives every event a new sortable id', async () => {
    const base = {
      kind: 'approve' as const,
      payload: {},
      projectId: 'p1',
      draftId: 'd1',
      parents: [],
      reviewerId: 'r1',
      deviceId: 'dev1',
      activeMs: 0,
      appVersion: '0.1.0',
    };
    const first = await buildDecisionEvent(base);
    const second = await buildDecisionEvent(base);
    expect(second.eventId > first.eventId).toBe(true);
  });
});
