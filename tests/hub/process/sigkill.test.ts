/**
 * A hub process killed with SIGKILL while clients stream pushes to it over HTTP (issue 10,
 * point 6; SYNC.md §2, §4, §9): after a restart on the same database, every event the hub
 * answered is held with the seq it answered, the log is gapless, and the clients' re-push of
 * everything (what they do after a lost answer) completes the log with each event exactly once.
 */
import { expect, it } from 'vitest';
import { pushResponseSchema, type PushResponse } from '../../../shared/sync';
import { describeEachEngine } from '../support/engines';
import { call, hubProcesses, pullAll, seedHub, type Reviewer } from '../support/hub-process';

const REVIEWERS = 4;
const EVENTS_EACH = 50;
/** The hub is killed once this many events were answered (of 200). */
const KILL_AFTER = 60;

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

describeEachEngine('a hub process killed mid-stream', (engine) => {
  const hubs = hubProcesses();

  it('holds every answered event with its seq, and a re-push completes the log exactly once', async () => {
    const location = await engine.freshLocation();
    let hub = await hubs.start(location);
    const storage = engine.open(location);
    const { evaluator, reviewers } = await seedHub(storage, hub.url, {
      reviewers: REVIEWERS,
      eventsEach: EVENTS_EACH,
    });
    const published = 5; // the project and its four drafts

    const push = async (reviewer: Reviewer, events: unknown[]): Promise<PushResponse> => {
      const answer = await call(hub.url, reviewer.user.token, 'POST', '/v1/sync/push', {
        deviceId: reviewer.deviceId,
        events,
      });
      if (answer.status !== 200) {
        throw new Error(`push answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      return pushResponseSchema.parse(answer.body);
    };

    // Stream: each client pushes its events in order, batch after batch, waiting for each answer
    // (reviewer 0 sends every batch twice, as after a lost answer), until the hub dies.
    const answered = new Map<string, number>();
    const unexpected: string[] = [];
    let inFlight = 0;
    let inFlightAtKill = -1;
    const kill: { done: Promise<void> | null } = { done: null };
    const stream = async (reviewer: Reviewer, index: number) => {
      const batch = [1, 2, 3, 5][index % 4] ?? 1;
      for (let from = 0; from < reviewer.events.length; from += batch) {
        const events = reviewer.events.slice(from, from + batch);
        for (let sent = 0; sent < (index === 0 ? 2 : 1); sent += 1) {
          let answer: { status: number; body: unknown };
          inFlight += 1;
          try {
            answer = await call(hub.url, reviewer.user.token, 'POST', '/v1/sync/push', {
              deviceId: reviewer.deviceId,
              events,
            });
          } catch {
            return; // the hub died under this request: its answer is lost
          } finally {
            inFlight -= 1;
          }
          if (answer.status !== 200) {
            unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
            return;
          }
          const response = pushResponseSchema.parse(answer.body);
          for (const result of response.results) {
            const expected = sent === 0 ? 'accepted' : 'duplicate';
            if (
              result.status !== expected ||
              (sent > 0 && answered.get(result.eventId ?? '') !== result.seq)
            ) {
              unexpected.push(JSON.stringify(result));
            } else {
              answered.set(result.eventId ?? '', result.seq);
            }
          }
          if (answered.size >= KILL_AFTER && kill.done === null) {
            // A moment later, while every client keeps streaming: the kill lands on requests
            // in flight, whatever stage of their transaction they are at.
            kill.done = new Promise((resolve) => setTimeout(resolve, 15)).then(() => {
              inFlightAtKill = inFlight;
              return hub.kill();
            });
          }
        }
      }
    };
    await Promise.all(reviewers.map(stream));
    await kill.done;
    expect(unexpected).toEqual([]);
    expect(kill.done, 'the stream ended before the kill').not.toBeNull();
    expect(inFlightAtKill, 'no push was in flight when the hub was killed').toBeGreaterThan(0);
    expect(answered.size).toBeLessThan(REVIEWERS * EVENTS_EACH);

    hub = await hubs.start(location);
    const afterRestart = await pullAll(hub.url, evaluator.token);
    expect(afterRestart.map((record) => record.seq)).toEqual(range(1, afterRestart.length));
    const held = new Map(afterRestart.map((record) => [record.recordId, record]));
    expect(held.size).toBe(afterRestart.length);
    const heldSeqOf = (id: string) => held.get(id)?.seq;
    expect(Object.fromEntries([...answered.keys()].map((id) => [id, heldSeqOf(id)]))).toEqual(
      Object.fromEntries(answered),
    );
    const decisions = afterRestart.flatMap((record) =>
      record.kind === 'decision' ? [record.event] : [],
    );
    const deviceSeqs = decisions.map((event) => `${event.deviceId}#${event.deviceSeq}`);
    expect(new Set(deviceSeqs).size).toBe(deviceSeqs.length);

    // Each client waited for every answer, so a device's held events are a prefix 1…m, and its
    // watermark, read back from the restarted hub, is m.
    for (const reviewer of reviewers) {
      const own = decisions
        .filter((event) => event.deviceId === reviewer.deviceId)
        .map((event) => event.deviceSeq);
      expect(own).toEqual(range(1, own.length));
      const hello = await call<{ deviceWatermark: number }>(
        hub.url,
        reviewer.user.token,
        'GET',
        `/v1/sync/hello?deviceId=${reviewer.deviceId}`,
      );
      expect(hello.body.deviceWatermark).toBe(own.length);
    }

    // Every client re-pushes everything: held events are duplicates with their seq, the rest
    // are accepted after them.
    const rePushed = await Promise.all(
      reviewers.map(async (reviewer) => {
        const results: PushResponse['results'] = [];
        let watermark = -1;
        for (let from = 0; from < reviewer.events.length; from += 20) {
          const response = await push(reviewer, reviewer.events.slice(from, from + 20));
          results.push(...response.results);
          watermark = response.deviceWatermark ?? -1;
        }
        return { reviewer, results, watermark };
      }),
    );
    const finalSeq = new Map<string, number>();
    for (const { reviewer, results, watermark } of rePushed) {
      expect(watermark).toBe(EVENTS_EACH);
      for (const [index, result] of results.entries()) {
        const event = reviewer.events[index];
        const before = heldSeqOf(event?.eventId ?? '');
        expect(result).toMatchObject({
          eventId: event?.eventId,
          status: before === undefined ? 'accepted' : 'duplicate',
          ...(before === undefined ? {} : { seq: before }),
        });
        finalSeq.set(result.eventId ?? '', result.status === 'rejected' ? -1 : result.seq);
      }
    }

    const total = published + REVIEWERS * EVENTS_EACH;
    const final = await pullAll(hub.url, evaluator.token);
    expect(final.map((record) => record.seq)).toEqual(range(1, total));
    expect(final.slice(0, afterRestart.length)).toEqual(afterRestart);
    const finalDecisions = final.flatMap((record) => (record.kind === 'decision' ? [record] : []));
    expect(finalDecisions.map((record) => record.recordId).sort()).toEqual(
      reviewers.flatMap((reviewer) => reviewer.events.map((event) => event.eventId)).sort(),
    );
    for (const record of finalDecisions) {
      expect(finalSeq.get(record.recordId)).toBe(record.seq);
    }
    for (const reviewer of reviewers) {
      const hello = await call<{ deviceWatermark: number }>(
        hub.url,
        reviewer.user.token,
        'GET',
        `/v1/sync/hello?deviceId=${reviewer.deviceId}`,
      );
      expect(hello.body.deviceWatermark).toBe(EVENTS_EACH);
    }
    expect(await hub.stop(), hub.output()).toBe(0);
  });
});
