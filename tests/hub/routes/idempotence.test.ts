/**
 * Push is idempotent by `eventId` (issue 10 point 6; SYNC.md §2, §5): the same push sent twice,
 * ten times, at once from several real HTTP connections, or again after its response was lost
 * gives one record and the same `seq`; the log stays gapless with one row per event. The log is
 * checked through pull, as a client sees it.
 */
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SqlExecutor } from '../../../hub/storage/sql';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import {
  pullResponseSchema,
  pushResponseSchema,
  type LogRecord,
  type PushResponse,
} from '../../../shared/sync';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { addTestDevice, createTestHub, type TestHub, type TestUser } from '../support/test-hub';

interface Sent {
  /** Resolves with the answer, or never settles when the connection was dropped. */
  answer: Promise<{ status: number; body: string }>;
  /** Resolves once the request's bytes have left for the hub. */
  sent: Promise<void>;
  drop(): void;
}

/** A push over its own TCP connection (no keep-alive agent: one connection per request). */
function sendPush(base: string, user: TestUser, payload: unknown): Sent {
  const text = JSON.stringify(payload);
  let drop = () => undefined as void;
  let sent = Promise.resolve();
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      new URL('/v1/sync/push', base),
      {
        method: 'POST',
        agent: false,
        headers: {
          authorization: `Bearer ${user.token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    sent = new Promise((done) => request.on('finish', done));
    drop = () => request.destroy();
    request.end(text);
  });
  return { answer, sent, drop };
}

describeEachEngine('push idempotence', (engine) => {
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

  const event = (deviceSeq: number, deviceId = 'device-r') =>
    testEvent({
      kind: 'edit',
      payload: { finalText: `退款已處理 (${deviceId} #${deviceSeq})。` },
      reviewerId: hub.users.reviewer.id,
      deviceId,
      deviceSeq,
      draftId: deviceSeq % 2 === 0 ? 'd-2' : 'd-1',
    });
  const push = async (events: DecisionEvent[], deviceId = 'device-r') => {
    const response = await hub.request('reviewer', {
      method: 'POST',
      url: '/v1/sync/push',
      payload: { deviceId, events },
    });
    expect(response.statusCode).toBe(200);
    return pushResponseSchema.parse(response.json());
  };
  /** The whole log as pulled, after checking it is gapless with one row per record. */
  const pulledLog = async (): Promise<LogRecord[]> => {
    const records: LogRecord[] = [];
    let after = 0;
    for (;;) {
      const response = await hub.request('evaluator', {
        method: 'GET',
        url: `/v1/sync/pull?after=${after}&limit=4`,
      });
      const page = pullResponseSchema.parse(response.json());
      records.push(...page.records);
      after = page.nextCursor;
      if (!page.hasMore) {
        expect(records.map((record) => record.seq)).toEqual(
          Array.from({ length: page.high }, (_, index) => index + 1),
        );
        expect(new Set(records.map((record) => record.recordId)).size).toBe(records.length);
        return records;
      }
    }
  };
  /** Where each decision sits in the log: `eventId → seq`. */
  const decisionSeqs = async () =>
    new Map(
      (await pulledLog()).flatMap((record) =>
        record.kind === 'decision' ? [[record.event.eventId, record.seq] as const] : [],
      ),
    );
  const seqsOf = (answer: PushResponse) =>
    answer.results.map((result) => (result.status === 'rejected' ? null : result.seq));

  it('gives one record and the same seq for a push sent twice, then ten times', async () => {
    const events = [await event(1), await event(2), await event(3)];
    const first = await push(events);
    expect(first.results.map((result) => result.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
    ]);
    expect(seqsOf(first)).toEqual([4, 5, 6]);
    for (let send = 2; send <= 10; send += 1) {
      const again = await push(events);
      expect(
        again.results.map((result) => result.status),
        `send ${send}`,
      ).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(seqsOf(again), `send ${send}`).toEqual([4, 5, 6]);
      expect(again.deviceWatermark).toBe(3);
    }
    const log = await decisionSeqs();
    expect([...log]).toEqual(events.map((e, index) => [e.eventId, 4 + index]));
    expect((await pulledLog()).length).toBe(6);
  });

  it('accepts an event sent twice in one request once, the copy a duplicate with its seq', async () => {
    const [one, two] = [await event(1), await event(2)];
    const answer = await push([one, two, one]);
    expect(answer.results).toEqual([
      { index: 0, eventId: one.eventId, status: 'accepted', seq: 4 },
      { index: 1, eventId: two.eventId, status: 'accepted', seq: 5 },
      { index: 2, eventId: one.eventId, status: 'duplicate', seq: 4 },
    ]);
    expect([...(await decisionSeqs())]).toEqual([
      [one.eventId, 4],
      [two.eventId, 5],
    ]);
  });

  it('accepts a push sent at once over eight connections exactly once, the rest duplicate with its seq', async () => {
    const base = await hub.app.listen({ host: '127.0.0.1', port: 0 });
    let connections = 0;
    hub.app.server.on('connection', () => (connections += 1));
    const same = { deviceId: 'device-r', events: [await event(1), await event(2)] };
    // Other devices push their own events in the same burst: the log must stay gapless.
    const others = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        await addTestDevice(hub.storage, hub.users.reviewer, `device-${n}`);
        return { deviceId: `device-${n}`, events: [await event(1, `device-${n}`)] };
      }),
    );
    const sends = [...Array.from({ length: 8 }, () => same), ...others].map((payload) =>
      sendPush(base, hub.users.reviewer, payload),
    );
    const answers = await Promise.all(
      sends.map(async ({ answer }) => {
        const { status, body } = await answer;
        expect(status).toBe(200);
        return pushResponseSchema.parse(JSON.parse(body));
      }),
    );
    expect(connections).toBeGreaterThanOrEqual(12);

    const identical = answers.slice(0, 8);
    const statuses = identical.map((answer) => answer.results.map((result) => result.status));
    expect(statuses.filter((s) => s.join() === 'accepted,accepted')).toHaveLength(1);
    expect(statuses.filter((s) => s.join() === 'duplicate,duplicate')).toHaveLength(7);
    const committed = seqsOf(identical.find((a) => a.results[0]?.status === 'accepted')!);
    for (const answer of identical) {
      expect(seqsOf(answer)).toEqual(committed);
      expect(answer.deviceWatermark).toBe(2);
    }
    for (const answer of answers.slice(8)) {
      expect(answer.results).toEqual([expect.objectContaining({ status: 'accepted' })]);
    }

    const log = await decisionSeqs();
    expect(log.size).toBe(2 + 4);
    expect(same.events.map((e) => log.get(e.eventId))).toEqual(committed);
    const pushedSeqs = answers.slice(8).map((answer) => seqsOf(answer)[0]);
    expect(others.map(({ events }) => log.get(events[0]!.eventId))).toEqual(pushedSeqs);
  });

  it('answers a retry after the response was lost behind a commit as a duplicate with that seq', async () => {
    const base = await hub.app.listen({ host: '127.0.0.1', port: 0 });
    const serverSide = new Promise<Socket>((resolve) => hub.app.server.once('connection', resolve));
    // Hold the push between its commit and its answer until the client has hung up (SYNC.md §9:
    // "after the hub committed but before the answer"): the routes call this same object.
    const write = hub.storage.write.bind(hub.storage);
    let hold: (() => Promise<void>) | null = null;
    hub.storage.write = async <T>(work: (sql: SqlExecutor) => Promise<T>): Promise<T> => {
      const result = await write(work);
      const wait = hold;
      hold = null;
      await wait?.();
      return result;
    };
    let hungUp = () => undefined as void;
    const committed = new Promise<void>((resolve) => {
      hold = () => {
        resolve();
        return new Promise<void>((release) => (hungUp = release));
      };
    });

    const events = [await event(1), await event(2)];
    const lost = sendPush(base, hub.users.reviewer, { deviceId: 'device-r', events });
    let answered = false;
    lost.answer.then(
      () => (answered = true),
      () => undefined,
    );
    await committed;
    const closed = once(await serverSide, 'close');
    lost.drop();
    await closed;
    hungUp();

    const held = await decisionSeqs();
    const seqs = events.map((e) => held.get(e.eventId));
    expect(seqs).toEqual([4, 5]);
    expect(answered).toBe(false);

    const { status, body } = await sendPush(base, hub.users.reviewer, {
      deviceId: 'device-r',
      events,
    }).answer;
    expect(status).toBe(200);
    const answer = pushResponseSchema.parse(JSON.parse(body));
    expect(answer.results).toEqual(
      events.map((e, index) => ({
        index,
        eventId: e.eventId,
        status: 'duplicate',
        seq: seqs[index],
      })),
    );
    expect(answer.deviceWatermark).toBe(2);
    expect((await decisionSeqs()).size).toBe(2);
  });

  it('keeps one record when the client hangs up right after sending and then retries', async () => {
    const base = await hub.app.listen({ host: '127.0.0.1', port: 0 });
    const events = [await event(1)];
    const lost = sendPush(base, hub.users.reviewer, { deviceId: 'device-r', events });
    lost.answer.catch(() => undefined);
    await lost.sent;
    lost.drop(); // the hub may or may not have read the body: the client cannot tell
    await new Promise((resolve) => setTimeout(resolve, 200));

    const { body } = await sendPush(base, hub.users.reviewer, { deviceId: 'device-r', events })
      .answer;
    const [result] = pushResponseSchema.parse(JSON.parse(body)).results;
    expect(['accepted', 'duplicate']).toContain(result?.status);
    const held = await decisionSeqs();
    expect([...held]).toEqual([[events[0]?.eventId, 4]]);
    expect(result).toMatchObject({ seq: 4 });
  });
});
