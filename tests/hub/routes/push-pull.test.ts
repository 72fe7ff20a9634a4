import { afterEach, beforeEach, expect, it } from 'vitest';
import { pullResponseSchema, pushResponseSchema } from '../../../shared/sync';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { addTestDevice, createTestHub, type TestHub } from '../support/test-hub';

describeEachEngine('push and pull', (engine) => {
  let hub: TestHub;
  beforeEach(async () => {
    hub = await createTestHub(await engine.fresh());
    await hub.request('lead', { method: 'POST', url: '/v1/projects', payload: testProject() });
    await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-1'), testDraft('d-2')] },
    });
    await addTestDevice(hub.storage, hub.users.reviewer, 'device-r');
  });
  afterEach(() => hub.close());

  it('accepts an event once, answers a retry as a duplicate with the same seq, and pulls it back', async () => {
    const event = await testEvent({
      kind: 'edit',
      payload: { finalText: '退款已於 12 月 3 日處理。' },
      reviewerId: hub.users.reviewer.id,
      deviceId: 'device-r',
      deviceSeq: 1,
    });
    const push = () =>
      hub.request('reviewer', {
        method: 'POST',
        url: '/v1/sync/push',
        payload: { deviceId: 'device-r', events: [event] },
      });
    const first = pushResponseSchema.parse((await push()).json());
    const again = pushResponseSchema.parse((await push()).json());
    expect(first.results).toEqual([
      { index: 0, eventId: event.eventId, status: 'accepted', seq: 4 },
    ]);
    expect(again.results).toEqual([
      { index: 0, eventId: event.eventId, status: 'duplicate', seq: 4 },
    ]);
    expect(again.deviceWatermark).toBe(1);

    const pulled = await hub.request('evaluator', { method: 'GET', url: '/v1/sync/pull?after=0' });
    const page = pullResponseSchema.parse(pulled.json());
    expect(page.records.map((record) => record.seq)).toEqual([1, 2, 3, 4]);
    expect(page.records.map((record) => record.kind)).toEqual([
      'project.published',
      'draft.published',
      'draft.published',
      'decision',
    ]);
    const decision = page.records[3];
    expect(decision?.kind === 'decision' && decision.event).toEqual(event);
    expect(page).toMatchObject({ nextCursor: 4, hasMore: false, high: 4, deviceWatermark: null });
  });
});
