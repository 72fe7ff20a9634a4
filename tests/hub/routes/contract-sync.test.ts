/**
 * Contract of the sync routes (issue 10 point 6; SYNC.md §2, §4, §8): `GET /v1/sync/hello`,
 * `POST /v1/devices` and `POST /v1/sync/push` give the documented answers, each parsed with the
 * response schema a client parses it with. Bad input and 401/403 are in bad-input.test.ts and
 * access.test.ts.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readIdentity } from '../../../hub/storage/queries/identity';
import type { DecisionKind } from '../../../shared/domain/decision-event';
import {
  deviceRegisteredSchema,
  helloResponseSchema,
  hubErrorSchema,
  pullResponseSchema,
  pushResponseSchema,
  SYNC_LIMITS,
  type HubRole,
} from '../../../shared/sync';
import { testDraft, testEvent, testProject, type EventInput } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { addTestDevice, addTestUser, createTestHub, type TestHub } from '../support/test-hub';

const FIRST = new Date('2026-12-03T09:00:00.000Z');

describeEachEngine('sync route contract', (engine) => {
  let hub: TestHub;
  let clock = FIRST;
  beforeEach(async () => {
    clock = FIRST;
    hub = await createTestHub(await engine.fresh(), { now: () => clock });
    await hub.request('lead', { method: 'POST', url: '/v1/projects', payload: testProject() });
    await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-1'), testDraft('d-2')] },
    });
    await addTestDevice(hub.storage, hub.users.reviewer, 'device-r');
    await addTestDevice(hub.storage, hub.users.lead, 'device-l');
  });
  afterEach(() => hub.close());

  /** An event of the reviewer's device unless `input` says otherwise. */
  const event = <K extends DecisionKind = 'edit'>(
    deviceSeq: number,
    input: Partial<EventInput<K>> = {},
  ) =>
    testEvent({
      kind: 'edit' as K,
      payload: { finalText: `已處理退款 (${deviceSeq})。` } as EventInput<K>['payload'],
      reviewerId: hub.users.reviewer.id,
      deviceId: 'device-r',
      deviceSeq,
      ...input,
    });
  const pushAs = async (role: HubRole, deviceId: string, events: unknown[]) => {
    const response = await hub.request(role, {
      method: 'POST',
      url: '/v1/sync/push',
      payload: { deviceId, events },
    });
    expect(response.statusCode).toBe(200);
    return pushResponseSchema.parse(response.json());
  };
  const push = (events: unknown[]) => pushAs('reviewer', 'device-r', events);
  const hello = async (role: HubRole, query = '') => {
    const response = await hub.request(role, { method: 'GET', url: `/v1/sync/hello${query}` });
    expect(response.statusCode).toBe(200);
    return helloResponseSchema.parse(response.json());
  };
  /** The decisions the log holds, as `[eventId, seq]`, in seq order. */
  const decisions = async () => {
    const response = await hub.request('evaluator', { method: 'GET', url: '/v1/sync/pull' });
    return pullResponseSchema
      .parse(response.json())
      .records.flatMap((record) =>
        record.kind === 'decision' ? [[record.event.eventId, record.seq]] : [],
      );
  };

  it('hello names the hub, the caller from the token, high, the limits, and no watermark without a device', async () => {
    const identity = await hub.storage.read(readIdentity);
    for (const role of ['reviewer', 'lead', 'evaluator', 'admin'] as const) {
      const { id, name } = hub.users[role];
      expect(await hello(role)).toEqual({
        hubId: identity.hubId,
        epoch: 1,
        deviceWatermark: null,
        user: { id, name, role },
        protocolVersion: 2,
        high: 3,
        serverTime: FIRST.toISOString(),
        limits: SYNC_LIMITS,
      });
    }
  });

  it("hello gives a device's watermark: 0 when unknown, refused for another user's device", async () => {
    expect((await hello('reviewer', '?deviceId=never-seen')).deviceWatermark).toBe(0);
    await push([await event(1), await event(2)]);
    const answer = await hello('reviewer', '?deviceId=device-r');
    expect(answer).toMatchObject({ deviceWatermark: 2, high: 5 });
    const theirs = await hub.request('lead', {
      method: 'GET',
      url: '/v1/sync/hello?deviceId=device-r',
    });
    expect(theirs.statusCode).toBe(403);
    expect(hubErrorSchema.parse(theirs.json()).error).toBe('device_not_yours');
  });

  it('registers a device (201), and answers a re-registration 200 keeping its date and watermark', async () => {
    const register = (label: string) =>
      hub.request('reviewer', {
        method: 'POST',
        url: '/v1/devices',
        payload: { deviceId: 'laptop-1', label },
      });
    const first = await register("Rita's laptop");
    expect(first.statusCode).toBe(201);
    const identity = await hub.storage.read(readIdentity);
    expect(deviceRegisteredSchema.parse(first.json())).toEqual({
      ...identity,
      deviceId: 'laptop-1',
      deviceWatermark: 0,
      registeredAt: FIRST.toISOString(),
    });
    expect(
      (await pushAs('reviewer', 'laptop-1', [await event(1, { deviceId: 'laptop-1' })]))
        .deviceWatermark,
    ).toBe(1);

    clock = new Date('2026-12-04T09:00:00.000Z');
    const again = await register("Rita's new laptop");
    expect(again.statusCode).toBe(200);
    expect(deviceRegisteredSchema.parse(again.json())).toMatchObject({
      deviceId: 'laptop-1',
      deviceWatermark: 1,
      registeredAt: FIRST.toISOString(),
    });
    const devices = await hub.request('admin', { method: 'GET', url: '/v1/admin/devices' });
    expect(devices.json<{ devices: unknown[] }>().devices).toContainEqual(
      expect.objectContaining({
        deviceId: 'laptop-1',
        userId: hub.users.reviewer.id,
        label: "Rita's new laptop",
        watermark: 1,
      }),
    );
  });

  it('refuses to register a device of another user with 409 device_taken, and keeps its owner', async () => {
    const response = await hub.request('lead', {
      method: 'POST',
      url: '/v1/devices',
      payload: { deviceId: 'device-r' },
    });
    expect(response.statusCode).toBe(409);
    expect(hubErrorSchema.parse(response.json()).error).toBe('device_taken');
    const accepted = await push([await event(1)]);
    expect(accepted.results[0]?.status).toBe('accepted');
    // an evaluator registers too (its app pulls with a device), though it never pushes
    const evaluator = await hub.request('evaluator', {
      method: 'POST',
      url: '/v1/devices',
      payload: { deviceId: 'eva-laptop' },
    });
    expect(evaluator.statusCode).toBe(201);
  });

  it('answers each event in order, duplicate, accepted or rejected with its reason; a rejection blocks nothing', async () => {
    const first = await event(1);
    expect((await push([first])).results).toEqual([
      { index: 0, eventId: first.eventId, status: 'accepted', seq: 4 },
    ]);
    const conflict = await event(2, {
      eventId: first.eventId,
      payload: { finalText: 'another text under the same id' },
    });
    const notMine = await event(2, { reviewerId: hub.users.lead.id });
    const [third, clash, fourth] = [await event(3), await event(3), await event(4)];
    const answer = await push([first, conflict, notMine, third, clash, fourth]);
    const rejected = (index: number, eventId: string, reason: string) => ({
      index,
      eventId,
      status: 'rejected',
      reason,
      detail: expect.any(String) as string,
    });
    expect(answer.results).toEqual([
      { index: 0, eventId: first.eventId, status: 'duplicate', seq: 4 },
      rejected(1, first.eventId, 'id_conflict'),
      rejected(2, notMine.eventId, 'wrong_reviewer'),
      { index: 3, eventId: third.eventId, status: 'accepted', seq: 5 },
      rejected(4, clash.eventId, 'device_seq_conflict'),
      { index: 5, eventId: fourth.eventId, status: 'accepted', seq: 6 },
    ]);
    expect(answer.hubId).toBe((await hub.storage.read(readIdentity)).hubId);
    // the wrong_reviewer rejection answers deviceSeq 2 for good, so the watermark passes it
    expect(answer.deviceWatermark).toBe(4);
    expect(await decisions()).toEqual([
      [first.eventId, 4],
      [third.eventId, 5],
      [fourth.eventId, 6],
    ]);
  });

  it('advances deviceWatermark only over contiguous deviceSeqs', async () => {
    const events = await Promise.all([1, 2, 3, 4, 5, 6].map((seq) => event(seq)));
    const at = (...seqs: number[]) => seqs.map((seq) => events[seq - 1]);
    expect((await push(at(1, 2, 4))).deviceWatermark).toBe(2);
    expect((await hello('reviewer', '?deviceId=device-r')).deviceWatermark).toBe(2);
    expect((await push(at(6))).deviceWatermark).toBe(2);
    expect((await push(at(3))).deviceWatermark).toBe(4);
    expect((await push(at(5))).deviceWatermark).toBe(6);
    expect((await decisions()).map(([id]) => id)).toEqual(
      at(1, 2, 4, 6, 3, 5).map((e) => e?.eventId),
    );
  });

  it("rejects a reviewer's resolve with role_forbidden, and accepts a lead's", async () => {
    const decided = await event(1);
    await push([decided]);
    const resolve = (reviewerId: string, deviceId: string) =>
      event<'resolve'>(1, {
        kind: 'resolve',
        payload: { verdict: 'approve', note: 'checked against the ticket' },
        parents: [decided.eventId],
        reviewerId,
        deviceId,
      });
    const byReviewer = await resolve(hub.users.reviewer.id, 'device-r');
    expect((await push([byReviewer])).results).toEqual([
      expect.objectContaining({ status: 'rejected', reason: 'role_forbidden' }),
    ]);
    const byLead = await resolve(hub.users.lead.id, 'device-l');
    expect((await pushAs('lead', 'device-l', [byLead])).results).toEqual([
      { index: 0, eventId: byLead.eventId, status: 'accepted', seq: 5 },
    ]);
    expect((await decisions()).map(([id]) => id)).toEqual([decided.eventId, byLead.eventId]);
  });

  it("rejects a retract of another reviewer's decision with retract_not_own, and accepts one's own", async () => {
    const ron = await addTestUser(hub.storage, 'ron', 'reviewer');
    await addTestDevice(hub.storage, ron, 'device-n');
    const decided = await event(1);
    await push([decided]);
    const retract = (reviewerId: string, deviceId: string) =>
      event<'retract'>(1, {
        kind: 'retract',
        payload: { targetEventId: decided.eventId },
        reviewerId,
        deviceId,
      });
    const byRon = await retract(ron.id, 'device-n');
    const refused = await hub.request(ron, {
      method: 'POST',
      url: '/v1/sync/push',
      payload: { deviceId: 'device-n', events: [byRon] },
    });
    expect(pushResponseSchema.parse(refused.json()).results).toEqual([
      expect.objectContaining({ status: 'rejected', reason: 'retract_not_own' }),
    ]);
    const own = await event<'retract'>(2, {
      kind: 'retract',
      payload: { targetEventId: decided.eventId },
    });
    expect((await push([own])).results[0]).toMatchObject({ status: 'accepted', seq: 5 });
    expect((await decisions()).map(([id]) => id)).toEqual([decided.eventId, own.eventId]);
  });

  it("refuses whole a push from another user's device or an unregistered one; wrong_device per event", async () => {
    for (const [deviceId, status, error] of [
      ['device-l', 403, 'device_not_yours'],
      ['device-unknown', 409, 'device_not_registered'],
    ] as const) {
      const response = await hub.request('reviewer', {
        method: 'POST',
        url: '/v1/sync/push',
        payload: { deviceId, events: [await event(1, { deviceId })] },
      });
      expect(response.statusCode).toBe(status);
      expect(hubErrorSchema.parse(response.json()).error).toBe(error);
    }
    const elsewhere = await event(1, { deviceId: 'device-l' });
    const good = await event(1);
    expect((await push([elsewhere, good])).results).toEqual([
      expect.objectContaining({ index: 0, status: 'rejected', reason: 'wrong_device' }),
      expect.objectContaining({ index: 1, status: 'accepted', seq: 4 }),
    ]);
    expect((await decisions()).map(([id]) => id)).toEqual([good.eventId]);
  });
});
