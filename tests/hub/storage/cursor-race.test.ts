/**
 * SYNC.md §5 on PostgreSQL: a reader following `seq > cursor` must never pass a push that is
 * still open, or it would skip that push's records forever. The hub's own push path
 * (hub/log/push-events through HubStorage.write, and the HTTP route) is held open between its
 * append and its commit while another push and a reader run.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkEvents } from '../../../hub/log/check-events';
import { pushEvents } from '../../../hub/log/push-events';
import { buildHubServer } from '../../../hub/server/build-server';
import type { HubStorage } from '../../../hub/storage/storage';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { pullResponseSchema, pushResponseSchema, type PullResponse } from '../../../shared/sync';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describePostgres } from '../support/engines';
import { until } from '../support/hub-process';
import { addTestDevice, createTestHub, type TestHub } from '../support/test-hub';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describePostgres('the cursor never passes an open push', (engine) => {
  let hub: TestHub;
  const devices = ['device-a', 'device-b', 'device-c', 'device-d'];
  let deviceSeq: Record<string, number>;
  beforeEach(async () => {
    hub = await createTestHub(await engine.fresh());
    await hub.request('lead', { method: 'POST', url: '/v1/projects', payload: testProject() });
    await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-1'), testDraft('d-2')] },
    });
    for (const device of devices) {
      await addTestDevice(hub.storage, hub.users.reviewer, device);
    }
    deviceSeq = Object.fromEntries(devices.map((device) => [device, 0]));
  });
  afterEach(() => hub.close());

  const edits = (deviceId: string, count: number): Promise<DecisionEvent[]> =>
    Promise.all(
      range(1, count).map(() =>
        testEvent({
          kind: 'edit',
          payload: { finalText: `改寫 ${deviceId}` },
          reviewerId: hub.users.reviewer.id,
          deviceId,
          deviceSeq: (deviceSeq[deviceId] = (deviceSeq[deviceId] ?? 0) + 1),
          draftId: deviceSeq[deviceId] % 2 === 0 ? 'd-1' : 'd-2',
        }),
      ),
    );
  const pull = async (after: number, limit = 1000): Promise<PullResponse> =>
    pullResponseSchema.parse(
      (
        await hub.request('evaluator', {
          method: 'GET',
          url: `/v1/sync/pull?after=${after}&limit=${limit}`,
        })
      ).json(),
    );
  /** Transactions of this database waiting for a lock on hub_counter. */
  const waitingOnCounter = (storage: HubStorage) =>
    storage.read(async (sql) => {
      const row = await sql.get<{ n: number }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%hub_counter%FOR UPDATE%'",
      );
      return row?.n ?? 0;
    });

  it('hides an open push and the one behind it from a reader, then shows both in commit order', async () => {
    const eventsA = await edits('device-a', 3);
    const eventsB = await edits('device-b', 2);
    const pusherA = {
      userId: hub.users.reviewer.id,
      role: 'reviewer' as const,
      deviceId: 'device-a',
    };
    const checkedA = await checkEvents(eventsA, pusherA);
    const appended = deferred();
    const release = deferred();
    // A: the hub's push, held open after appending seqs 4…6 (the counter lock is held).
    const pushA = hub.storage.write(async (sql) => {
      const outcome = await pushEvents(sql, pusherA, checkedA, new Date().toISOString());
      appended.resolve();
      await release.promise;
      return outcome;
    });
    await Promise.race([appended.promise, pushA]);

    // B: another push, through the route, from another device.
    let bAnswered = false;
    const pushB = hub
      .request('reviewer', {
        method: 'POST',
        url: '/v1/sync/push',
        payload: { deviceId: 'device-b', events: eventsB },
      })
      .then((response) => {
        bAnswered = true;
        return response;
      });
    await until(async () => (await waitingOnCounter(hub.storage)) === 1, 'B waits for the lock');

    // The reader sees neither, and is told there is nothing more.
    const during = await pull(0);
    expect(during.records.map((record) => record.seq)).toEqual([1, 2, 3]);
    expect(during).toMatchObject({ high: 3, hasMore: false, nextCursor: 3 });
    expect(bAnswered).toBe(false);

    release.resolve();
    const outcomeA = await pushA;
    const answerB = pushResponseSchema.parse((await pushB).json());
    const seqsOf = (results: { status: string; seq?: number }[]) =>
      results.map((result) => (result.status === 'accepted' ? result.seq : result.status));
    expect(seqsOf(outcomeA.results)).toEqual([4, 5, 6]);
    expect(seqsOf(answerB.results)).toEqual([7, 8]); // B waited for A, so it comes after

    const after = await pull(3);
    expect(after.records.map((record) => [record.seq, record.recordId])).toEqual(
      [...eventsA, ...eventsB].map((event, index) => [4 + index, event.eventId]),
    );
    expect(after).toMatchObject({ high: 8, hasMore: false });
  });

  it('a cursor-following reader sees a gapless log while pushes race and linger before commit', async () => {
    // A second server on the same storage whose every write lingers 20 ms after its work, the
    // window in which a seq taken from a sequence would let a later push commit first.
    const lingering: HubStorage = {
      ...hub.storage,
      write: (work) =>
        hub.storage.write(async (sql) => {
          const result = await work(sql);
          await sql.get('SELECT pg_sleep(0.02)');
          return result;
        }),
    };
    const slow = await buildHubServer({ storage: lingering });
    try {
      const batches = await Promise.all(
        devices.map(async (device, index) => {
          const out: DecisionEvent[][] = [];
          for (let n = 0; n < 6; n += 1) {
            out.push(await edits(device, 1 + ((n + index) % 3)));
          }
          return out;
        }),
      );
      const total = 3 + batches.flat(2).length;

      let pushing = true;
      const seen: number[] = [];
      const problems: string[] = [];
      const reader = (async () => {
        let cursor = 0;
        while (pushing || cursor < total) {
          const page = await pull(cursor, 5);
          const seqs = page.records.map((record) => record.seq);
          if (seqs.join() !== range(cursor + 1, cursor + seqs.length).join()) {
            problems.push(`after ${cursor}: ${seqs.join()}`);
          }
          if (page.records.length > 0 && page.nextCursor > page.high) {
            problems.push(`nextCursor ${page.nextCursor} above high ${page.high}`);
          }
          seen.push(...seqs);
          cursor = page.nextCursor;
        }
      })();
      const answers = await Promise.all(
        devices.map(async (device, index) => {
          const own: number[][] = [];
          for (const events of batches[index] ?? []) {
            const response = await slow.app.inject({
              method: 'POST',
              url: '/v1/sync/push',
              headers: { authorization: `Bearer ${hub.users.reviewer.token}` },
              payload: { deviceId: device, events },
            });
            const parsed = pushResponseSchema.parse(response.json());
            own.push(
              parsed.results.map((result) => (result.status === 'accepted' ? result.seq : -1)),
            );
          }
          return own;
        }),
      );
      pushing = false;
      await reader;

      expect(problems).toEqual([]);
      expect(seen).toEqual(range(1, total));
      // Each push's records are consecutive (one transaction), and a device's pushes, answered
      // one after the other, are in seq order.
      for (const own of answers) {
        for (const seqs of own) {
          expect(seqs).toEqual(range(seqs[0] ?? 0, (seqs[0] ?? 0) + seqs.length - 1));
        }
        const firsts = own.map((seqs) => seqs[0] ?? 0);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      }
      expect(answers.flat(2).sort((a, b) => a - b)).toEqual(range(4, total));
    } finally {
      await slow.app.close();
    }
  });
});
