/**
 * Bad input (issue 10 point 5): whatever a client sends, the hub answers a 4xx that says what
 * is wrong, never a 500, and a refused request writes nothing. Inside an accepted push a bad
 * event is rejected on its own (SYNC.md §2: a rejection never blocks the events behind it).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readHigh } from '../../../hub/storage/queries/identity';
import { MAX_PUSH_BYTES, MAX_PUSH_EVENTS } from '../../../shared/sync/limits';
import { pushResponseSchema } from '../../../shared/sync';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { addTestDevice, createTestHub, type TestHub } from '../support/test-hub';

describeEachEngine('bad input', (engine) => {
  let hub: TestHub;
  let seq = 0;
  const event = (extra: { draftId?: string; finalText?: string } = {}) =>
    testEvent({
      kind: 'edit',
      payload: { finalText: extra.finalText ?? '已處理退款。' },
      reviewerId: hub.users.reviewer.id,
      deviceId: 'device-r',
      deviceSeq: (seq += 1),
      draftId: extra.draftId ?? 'd-1',
    });
  const high = () => hub.storage.read(readHigh);
  const push = (payload: unknown, headers: Record<string, string> = {}) =>
    hub.request('reviewer', {
      method: 'POST',
      url: '/v1/sync/push',
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: { 'content-type': 'application/json', ...headers },
    });

  /** Sends a request the hub must refuse whole; checks the answer and that nothing was written. */
  async function expectRefused(
    send: () => Promise<{ statusCode: number; json(): unknown }>,
    status: number,
    error: string | RegExp,
  ) {
    const before = await high();
    const response = await send();
    expect(response.statusCode).toBe(status);
    const body = response.json() as { error: string; message: string };
    expect(body.error).toMatch(error);
    expect(body.message.length).toBeGreaterThan(10);
    expect(await high()).toBe(before);
    return body;
  }

  beforeAll(async () => {
    hub = await createTestHub(await engine.fresh());
    await hub.request('lead', { method: 'POST', url: '/v1/projects', payload: testProject() });
    await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-1')] },
    });
    await addTestDevice(hub.storage, hub.users.reviewer, 'device-r');
  });
  afterAll(() => hub.close());

  it('refuses JSON that does not parse, and says where', async () => {
    const body = await expectRefused(
      () => push('{"deviceId": "device-r", "events": [ {"kind": '),
      400,
      'invalid_json',
    );
    expect(body.message).toMatch(/not valid JSON/);
  });

  it('refuses a body that is not JSON, and an empty one', async () => {
    await expectRefused(
      () => push('deviceId=device-r', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      /./,
    );
    await expectRefused(() => push(''), 400, /./);
  });

  it('refuses a request that does not match the push schema, naming the field', async () => {
    const body = await expectRefused(() => push({ deviceId: 'device-r' }), 400, /./);
    expect(body.message).toMatch(/events/);
    await expectRefused(() => push({ deviceId: 'device-r', events: [], extra: 1 }), 400, /./);
  });

  it('refuses more than 200 events, and a batch over 256 KB, writing none of them', async () => {
    const many = await Promise.all(Array.from({ length: MAX_PUSH_EVENTS + 1 }, () => event()));
    await expectRefused(() => push({ deviceId: 'device-r', events: many }), 400, /./);
    const big = await Promise.all(
      Array.from({ length: 3 }, () => event({ finalText: '長'.repeat(MAX_PUSH_BYTES / 6) })),
    );
    await expectRefused(() => push({ deviceId: 'device-r', events: big }), 413, 'batch_too_large');
  });

  it('refuses a body over the hard limit before reading it whole', async () => {
    const huge = await event({ finalText: 'x'.repeat(5 * 1024 * 1024) });
    await expectRefused(() => push({ deviceId: 'device-r', events: [huge] }), 413, /./);
  });

  it('rejects a schema-invalid event or one for an unknown draft alone, with its reason', async () => {
    const good = await event();
    const unknown = await event({ draftId: 'no-such-draft' });
    const broken = { ...(await event()), kind: 'approve-ish' };
    const behind = await event();
    const response = await push({ deviceId: 'device-r', events: [broken, unknown, behind, good] });
    expect(response.statusCode).toBe(200);
    const results = pushResponseSchema.parse(response.json()).results;
    expect(results.map((result) => result.status)).toEqual([
      'rejected',
      'rejected',
      'accepted',
      'accepted',
    ]);
    expect(results[0]).toMatchObject({ reason: 'invalid_event' });
    expect(results[0]?.status === 'rejected' && results[0].detail).toMatch(/kind/);
    expect(results[1]).toMatchObject({ reason: 'unknown_draft' });
  });

  it('refuses a pull cursor or limit out of range, and an unknown query field', async () => {
    for (const query of [
      'after=-1',
      'after=abc',
      'limit=0',
      'limit=100000',
      'after=1e400',
      'x=1',
    ]) {
      const response = await hub.request('reviewer', {
        method: 'GET',
        url: `/v1/sync/pull?${query}`,
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ message: string }>().message.length).toBeGreaterThan(10);
    }
  });

  it('refuses a draft that fails the draft schema, publishing none of the batch', async () => {
    const body = await expectRefused(
      () =>
        hub.request('lead', {
          method: 'POST',
          url: '/v1/projects/proj-1/drafts',
          payload: { drafts: [testDraft('d-9'), { ...testDraft('d-10'), draft: 42 }] },
        }),
      400,
      /./,
    );
    expect(body.message).toMatch(/draft/);
  });

  it('answers 404 for a project or draft the hub does not hold', async () => {
    await expectRefused(
      () =>
        hub.request('lead', {
          method: 'POST',
          url: '/v1/projects/nope/drafts',
          payload: { drafts: [testDraft('d-9')] },
        }),
      404,
      /./,
    );
    await expectRefused(
      () =>
        hub.request('lead', {
          method: 'POST',
          url: '/v1/projects/proj-1/drafts/nope/withdraw',
          payload: {},
        }),
      404,
      /./,
    );
    const missing = await hub.request('reviewer', { method: 'GET', url: '/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
  });
});
