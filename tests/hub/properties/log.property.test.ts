/**
 * The log's rules as a property (SYNC.md §2–§5): random sequences of pushes and pulls, driven
 * through the server against one published project, checked against a small in-memory model.
 *
 * Each device has an outbox of events with deviceSeq 1…n, some flawed (another reviewer, an
 * unknown draft). Pushes send random picks of it (out of order, repeated inside a request),
 * re-send earlier requests whole, try conflicting copies of held events, or use another user's
 * device. The model says what each push must answer; pulls with random cursors and limits must
 * page exactly the model's log. Seeded: the seed is printed (`seed=…`); replay it with
 * LOUPE_PROPERTY_SEED=… .
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { pullResponseSchema, pushResponseSchema } from '../../../shared/sync';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import {
  addTestDevice,
  addTestUser,
  createTestHub,
  type TestHub,
  type TestUser,
} from '../support/test-hub';

const envSeed = Number.parseInt(process.env.LOUPE_PROPERTY_SEED ?? '', 10);
const SEED = Number.isSafeInteger(envSeed) ? envSeed : Math.floor(Math.random() * 2 ** 31);
const NUM_RUNS = Number.parseInt(process.env.LOUPE_PROPERTY_RUNS ?? '', 10) || 25;
const DEVICES = 3;

type Flaw = 'none' | 'wrong_reviewer' | 'unknown_draft';

type Op =
  | { type: 'push'; device: number; picks: number[] }
  | { type: 'retry'; device: number; back: number }
  | { type: 'conflict'; device: number; pick: number; sameId: boolean }
  | { type: 'foreign'; device: number; picks: number[] }
  | { type: 'pull'; after: number; limit: number; device: number | null };

interface Plan {
  outboxes: { flaw: Flaw; draft: 0 | 1 }[][];
  ops: Op[];
  finalLimits: number[];
}

const flawArb = fc.constantFrom<Flaw>(
  'none',
  'none',
  'none',
  'none',
  'wrong_reviewer',
  'unknown_draft',
);
const deviceArb = fc.integer({ min: 0, max: DEVICES - 1 });
const picksArb = fc.array(fc.nat(40), { minLength: 1, maxLength: 6 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant('push'), device: deviceArb, picks: picksArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('retry'), device: deviceArb, back: fc.nat(10) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('conflict'),
      device: deviceArb,
      pick: fc.nat(40),
      sameId: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('foreign'), device: deviceArb, picks: picksArb }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('pull'),
      after: fc.nat(60),
      limit: fc.integer({ min: 1, max: 12 }),
      device: fc.option(deviceArb, { nil: null }),
    }),
  },
);

const planArb: fc.Arbitrary<Plan> = fc.record({
  outboxes: fc.array(
    fc.array(fc.record({ flaw: flawArb, draft: fc.constantFrom<0 | 1>(0, 1) }), {
      minLength: 1,
      maxLength: 8,
    }),
    { minLength: DEVICES, maxLength: DEVICES },
  ),
  ops: fc.array(opArb, { minLength: 1, maxLength: 16 }),
  finalLimits: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
});

/** What one event of a request must be answered, by the model. */
type Expected =
  { status: 'accepted' | 'duplicate'; seq: number } | { status: 'rejected'; reason: string };

interface Sent {
  event: DecisionEvent;
  /** Null for an outbox event; for a conflicting copy, what it must be refused as. */
  conflict: 'id_conflict' | 'device_seq_conflict' | null;
  flaw: Flaw;
}

describeEachEngine('log property: pushes and pulls against a model', (engine) => {
  let hub: TestHub;
  let second: TestUser;
  let run = 0;
  beforeAll(async () => {
    // Hundreds of requests a minute from one token: the rate limit is not what is tested here.
    hub = await createTestHub(await engine.fresh(), { rateLimitPerMinute: 1_000_000 });
    second = await addTestUser(hub.storage, 'rui', 'reviewer');
    const published = await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects',
      payload: testProject(),
    });
    expect(published.statusCode).toBeLessThan(300);
    const drafts = await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-1'), testDraft('d-2', '翻譯：退款已完成')] },
    });
    expect(drafts.statusCode).toBeLessThan(300);
  });
  afterAll(() => hub.close());

  it('holds for random pushes and pulls (seed printed; LOUPE_PROPERTY_SEED replays)', async () => {
    console.log(`log property [${engine.name}]: seed=${SEED} (replay with LOUPE_PROPERTY_SEED)`);
    const rita = hub.users.reviewer;
    const identity = pullResponseSchema.parse(
      (await hub.request('evaluator', { method: 'GET', url: '/v1/sync/pull?limit=1' })).json(),
    );

    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        run += 1;
        // Devices 0 and 1 are rita's, device 2 is rui's: fresh ids each run, one shared log.
        const owners = [rita, rita, second];
        const deviceIds = owners.map((_, index) => `run${run}-dev${index}`);
        for (const [index, owner] of owners.entries()) {
          await addTestDevice(hub.storage, owner, deviceIds[index] ?? '');
        }
        const start = pullResponseSchema.parse(
          (await hub.request('evaluator', { method: 'GET', url: '/v1/sync/pull?limit=1' })).json(),
        );
        const base = start.high;

        // The outboxes, built once: a retry sends the very same events.
        const outboxes: Sent[][] = [];
        for (const [device, specs] of plan.outboxes.entries()) {
          const owner = owners[device] ?? rita;
          const other = owner === rita ? second : rita;
          const events: Sent[] = [];
          for (const [index, spec] of specs.entries()) {
            const event = await testEvent({
              kind: 'edit',
              payload: { finalText: `第 ${index + 1} 次修改（${deviceIds[device]}）` },
              reviewerId: spec.flaw === 'wrong_reviewer' ? other.id : owner.id,
              deviceId: deviceIds[device] ?? '',
              deviceSeq: index + 1,
              draftId: spec.flaw === 'unknown_draft' ? 'd-missing' : `d-${spec.draft + 1}`,
            });
            events.push({ event, conflict: null, flaw: spec.flaw });
          }
          outboxes.push(events);
        }

        // The model.
        const held = new Map<string, number>();
        const log: { seq: number; event: DecisionEvent }[] = [];
        const dealt = deviceIds.map(() => new Set<number>());
        const sentBatches = deviceIds.map((): Sent[][] => []);
        let high = base;
        const watermarkOf = (device: number) => {
          let mark = 0;
          while (dealt[device]?.has(mark + 1)) {
            mark += 1;
          }
          return mark;
        };
        const expectFor = (device: number, sent: Sent): Expected => {
          if (sent.conflict !== null) {
            return { status: 'rejected', reason: sent.conflict };
          }
          const seq = held.get(sent.event.eventId);
          if (seq !== undefined) {
            return { status: 'duplicate', seq };
          }
          dealt[device]?.add(sent.event.deviceSeq);
          if (sent.flaw !== 'none') {
            return { status: 'rejected', reason: sent.flaw };
          }
          high += 1;
          held.set(sent.event.eventId, high);
          log.push({ seq: high, event: sent.event });
          return { status: 'accepted', seq: high };
        };

        const push = async (device: number, batch: Sent[]) => {
          const response = await hub.request(owners[device] ?? null, {
            method: 'POST',
            url: '/v1/sync/push',
            payload: { deviceId: deviceIds[device], events: batch.map((sent) => sent.event) },
          });
          expect(response.statusCode).toBe(200);
          const body = pushResponseSchema.parse(response.json());
          const expected = batch.map((sent) => expectFor(device, sent));
          expect(
            body.results.map((result) =>
              result.status === 'rejected'
                ? { status: result.status, reason: result.reason }
                : { status: result.status, seq: result.seq },
            ),
          ).toEqual(expected);
          expect(body.results.map((result) => [result.index, result.eventId])).toEqual(
            batch.map((sent, index) => [index, sent.event.eventId]),
          );
          expect(body).toMatchObject({
            hubId: identity.hubId,
            epoch: identity.epoch,
            deviceWatermark: watermarkOf(device),
          });
          sentBatches[device]?.push(batch);
        };

        const pullPage = async (after: number, limit: number, device: number | null) => {
          const query = `after=${after}&limit=${limit}${device === null ? '' : `&deviceId=${deviceIds[device]}`}`;
          const response = await hub.request(
            device === null ? 'evaluator' : (owners[device] ?? null),
            {
              method: 'GET',
              url: `/v1/sync/pull?${query}`,
            },
          );
          expect(response.statusCode).toBe(200);
          const page = pullResponseSchema.parse(response.json());
          const want = log.filter((entry) => entry.seq > after).slice(0, limit);
          expect(page.records.map((record) => record.seq)).toEqual(want.map((entry) => entry.seq));
          for (const [index, record] of page.records.entries()) {
            expect(record.kind).toBe('decision');
            expect(record.kind === 'decision' && record.event).toEqual(want[index]?.event);
          }
          const nextCursor = want.at(-1)?.seq ?? after;
          expect(page).toMatchObject({
            hubId: identity.hubId,
            epoch: identity.epoch,
            high,
            nextCursor,
            hasMore: nextCursor < high,
            deviceWatermark: device === null ? null : watermarkOf(device),
          });
          return page;
        };

        for (const op of plan.ops) {
          const outbox = outboxes[op.device ?? 0] ?? [];
          switch (op.type) {
            case 'push':
              await push(
                op.device,
                op.picks.map((pick) => outbox[pick % outbox.length] as Sent),
              );
              break;
            case 'retry': {
              const earlier = sentBatches[op.device] ?? [];
              const batch = earlier[earlier.length - 1 - (op.back % Math.max(1, earlier.length))];
              if (batch !== undefined) {
                await push(op.device, batch);
              }
              break;
            }
            case 'conflict': {
              const original = outbox[op.pick % outbox.length] as Sent;
              if (!held.has(original.event.eventId)) {
                break; // only a held event can be conflicted with
              }
              const copy = await testEvent({
                kind: 'edit',
                payload: { finalText: `另一個版本 ${original.event.eventId}` },
                reviewerId: original.event.reviewerId,
                deviceId: original.event.deviceId,
                deviceSeq: original.event.deviceSeq,
                draftId: original.event.draftId,
                ...(op.sameId ? { eventId: original.event.eventId } : {}),
              });
              await push(op.device, [
                {
                  event: copy,
                  conflict: op.sameId ? 'id_conflict' : 'device_seq_conflict',
                  flaw: 'none',
                },
              ]);
              break;
            }
            case 'foreign': {
              // Another user's token on this device: refused whole, nothing written.
              const intruder = owners[op.device] === rita ? second : rita;
              const response = await hub.request(intruder, {
                method: 'POST',
                url: '/v1/sync/push',
                payload: {
                  deviceId: deviceIds[op.device],
                  events: op.picks.map((pick) => (outbox[pick % outbox.length] as Sent).event),
                },
              });
              expect(response.statusCode).toBe(403);
              break;
            }
            case 'pull':
              await pullPage(base + (op.after % (high - base + 3)), op.limit, op.device);
              break;
          }
        }

        // Paging from the run's start with random limits: every accepted event exactly once.
        const seen: number[] = [];
        let cursor = base;
        for (let page = 0; ; page += 1) {
          const limit = plan.finalLimits[page % plan.finalLimits.length] ?? 1;
          const got = await pullPage(cursor, limit, null);
          seen.push(...got.records.map((record) => record.seq));
          cursor = got.nextCursor;
          if (!got.hasMore) {
            break;
          }
        }
        expect(seen).toEqual(Array.from({ length: high - base }, (_, index) => base + 1 + index));
        expect(seen).toHaveLength(held.size);
        for (const device of deviceIds.keys()) {
          const page = await pullPage(high, 1, device);
          expect(page.deviceWatermark).toBe(watermarkOf(device));
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS, endOnFailure: true },
    );
  });
});
