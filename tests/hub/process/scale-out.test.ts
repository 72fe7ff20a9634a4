/**
 * Two hub processes on one PostgreSQL database (issue 10, point 4; SYNC.md §5, §6, §8): clients
 * push to both at once, a reader on each follows its cursor while they do, and afterwards both
 * serve the same gapless log. A poke stream on one instance hears of a push committed on the
 * other (LISTEN/NOTIFY).
 */
import { get, type IncomingMessage } from 'node:http';
import { expect, it } from 'vitest';
import type { CommitNotice } from '../../../hub/storage/storage';
import { pullResponseSchema, pushResponseSchema } from '../../../shared/sync';
import { describePostgres } from '../support/engines';
import {
  call,
  hubProcesses,
  pullAll,
  seedHub,
  until,
  type HubProcess,
  type Reviewer,
} from '../support/hub-process';

const REVIEWERS = 4;
const EVENTS_EACH = 30;
const PUBLISHED = 5;

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** `GET /v1/sync/events` as a client reads it (its own connection): the pokes so far. */
async function openPokes(url: string, token: string) {
  const pokes: CommitNotice[] = [];
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = get(
      `${url}/v1/sync/events`,
      { headers: { authorization: `Bearer ${token}` }, agent: false },
      resolve,
    );
    request.on('error', reject);
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (text: string) => {
    buffer += text;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const data = lines.find((line) => line.startsWith('data: '));
      if (lines.includes('event: poke') && data !== undefined) {
        pokes.push(JSON.parse(data.slice('data: '.length)) as CommitNotice);
      }
    }
  });
  response.on('error', () => undefined); // destroyed by close()
  return { pokes, close: () => response.destroy() };
}

describePostgres('two hub processes on one database', (engine) => {
  const hubs = hubProcesses();

  it('serve one gapless log while clients push to both, and poke each other’s clients', async () => {
    const location = await engine.freshLocation();
    // Both start at once: their migrations take turns under the advisory lock.
    const [a, b] = await Promise.all([hubs.start(location), hubs.start(location)]);
    if (a === undefined || b === undefined) {
      throw new Error('a hub did not start');
    }
    const instances: HubProcess[] = [a, b];
    const storage = engine.open(location);
    const { evaluator, reviewers } = await seedHub(storage, a.url, {
      reviewers: REVIEWERS,
      eventsEach: EVENTS_EACH,
    });
    // The last event of reviewers 0 and 1 is kept for the poke check.
    const [first, second] = reviewers.slice(0, 2).map((reviewer) => {
      const event = reviewer.events.pop();
      if (event === undefined) {
        throw new Error('no event to keep');
      }
      return { reviewer, event };
    });
    if (first === undefined || second === undefined) {
      throw new Error('too few reviewers');
    }
    const total = PUBLISHED + REVIEWERS * EVENTS_EACH - 2;

    // A reader on each instance follows its cursor in small pages while the pushes run.
    let pushing = true;
    const problems: string[] = [];
    const follow = async (hub: HubProcess) => {
      let cursor = 0;
      while (pushing || cursor < total) {
        const answer = await call(
          hub.url,
          evaluator.token,
          'GET',
          `/v1/sync/pull?after=${cursor}&limit=7`,
        );
        const page = pullResponseSchema.parse(answer.body);
        const seqs = page.records.map((record) => record.seq);
        if (seqs.join() !== range(cursor + 1, cursor + seqs.length).join()) {
          problems.push(`${hub.url} after ${cursor}: ${seqs.join()}`);
        }
        cursor = page.nextCursor;
      }
      return cursor;
    };
    const readers = instances.map(follow);

    // Each client sends its batches to the two instances in turn, all clients at once.
    const push = async (reviewer: Reviewer, hub: HubProcess, events: unknown[]) => {
      const answer = await call(hub.url, reviewer.user.token, 'POST', '/v1/sync/push', {
        deviceId: reviewer.deviceId,
        events,
      });
      expect(answer.status, hub.output()).toBe(200);
      return pushResponseSchema.parse(answer.body);
    };
    const answered = await Promise.all(
      reviewers.map(async (reviewer, r) => {
        const batches: number[][] = [];
        for (let from = 0, n = 0; from < reviewer.events.length; n += 1) {
          const size = 1 + ((r + n) % 4);
          const hub = instances[(r + n) % 2] ?? a;
          const response = await push(reviewer, hub, reviewer.events.slice(from, from + size));
          batches.push(
            response.results.map((result) => (result.status === 'accepted' ? result.seq : -1)),
          );
          from += size;
        }
        return batches;
      }),
    );
    pushing = false;
    expect(await Promise.all(readers)).toEqual([total, total]);
    expect(problems).toEqual([]);

    // One transaction's records are consecutive; a client's pushes come in the order it sent
    // them; every seq was handed out once, across both instances.
    for (const batches of answered) {
      for (const seqs of batches) {
        expect(seqs).toEqual(range(seqs[0] ?? 0, (seqs[0] ?? 0) + seqs.length - 1));
      }
      const flat = batches.flat();
      expect(flat).toEqual([...flat].sort((x, y) => x - y));
    }
    expect(answered.flat(2).sort((x, y) => x - y)).toEqual(range(PUBLISHED + 1, total));

    const [fromA, fromB] = await Promise.all(
      instances.map((hub) => pullAll(hub.url, evaluator.token)),
    );
    expect(fromA?.map((record) => record.seq)).toEqual(range(1, total));
    expect(fromB).toEqual(fromA);
    const ids = (fromA ?? []).map((record) => record.recordId);
    expect(new Set(ids).size).toBe(total);
    for (const reviewer of reviewers) {
      const own = (fromA ?? []).flatMap((record) =>
        record.kind === 'decision' && record.event.deviceId === reviewer.deviceId
          ? [record.event.deviceSeq]
          : [],
      );
      expect(own).toEqual(range(1, reviewer.events.length));
    }

    // Pokes across instances: a stream on A hears of a push on B, and the other way round.
    const hello = (hub: HubProcess) =>
      call<{ hubId: string }>(hub.url, evaluator.token, 'GET', '/v1/sync/hello');
    const { hubId } = (await hello(a)).body;
    expect((await hello(b)).body.hubId).toBe(hubId);
    const onA = await openPokes(a.url, evaluator.token);
    const onB = await openPokes(b.url, evaluator.token);
    try {
      await until(() => onA.pokes.length > 0 && onB.pokes.length > 0, 'both streams send a poke');
      expect(onA.pokes[0]?.high).toBe(total);

      const viaB = await push(first.reviewer, b, [first.event]);
      expect(viaB.results[0]).toMatchObject({ status: 'accepted', seq: total + 1 });
      await until(() => onA.pokes.at(-1)?.high === total + 1, 'A pokes after a push on B');
      expect(onA.pokes.at(-1)).toEqual({ high: total + 1, hubId, epoch: 1 });

      const viaA = await push(second.reviewer, a, [second.event]);
      expect(viaA.results[0]).toMatchObject({ status: 'accepted', seq: total + 2 });
      await until(() => onB.pokes.at(-1)?.high === total + 2, 'B pokes after a push on A');
      expect(onB.pokes.at(-1)).toEqual({ high: total + 2, hubId, epoch: 1 });
    } finally {
      onA.close();
      onB.close();
    }
    expect(await a.stop(), a.output()).toBe(0);
    expect(await b.stop(), b.output()).toBe(0);
  });
});
