/**
 * A hub transport for unit tests, no module mocks: every call is recorded and answered by a
 * one-shot answer queued for its `op`, else by a small in-memory hub (a log with gapless `seq`s,
 * idempotent pushes by `eventId`, per-device watermarks, drafts a lead publishes). The poke
 * listener the engine registers is captured so a test can poke it.
 */
import type { HubAnswers, HubCall, HubCallOf, HubOp } from '../../../shared/sync/hub-calls';
import type { HubFailure, HubResult } from '../../../shared/sync/hub-failure';
import type { DecisionRecord, HubProject, LogRecord } from '../../../shared/sync/hub-records';
import { SYNC_LIMITS } from '../../../shared/sync/limits';
import type { Poke } from '../../../shared/sync/poke-stream';
import type { DraftAnswer } from '../../../shared/sync/publish';
import type { HubTransport } from '../../../renderer/sync/sync-types';

export type Answer<O extends HubOp> = HubResult<HubAnswers[O]>;
type Handler<O extends HubOp> = (call: HubCallOf<O>) => Answer<O> | Promise<Answer<O>>;
type Handlers = { [O in HubOp]?: Handler<O> };

export const ok = <T>(value: T): HubResult<T> => ({ ok: true, value });
export const fail = (failure: HubFailure) => ({ ok: false as const, failure });

export interface FakeHub extends HubTransport {
  calls: HubCall[];
  ops(): HubOp[];
  callsOf<O extends HubOp>(op: O): HubCallOf<O>[];
  /** The next call of `op` gets this answer (queued: one per call). */
  once<O extends HubOp>(op: O, answer: Answer<O> | Handler<O>): void;
  identity: { hubId: string; epoch: number };
  /** While set, every call fails this way (after queued answers). */
  down: HubFailure | null;
  /** The log as pull serves it. */
  log: LogRecord[];
  /** Appends a record built for the next `seq`. */
  add(build: (seq: number) => LogRecord): LogRecord;
  /** Event ids held, with their `seq` and who sent them (a restore may drop some). */
  held: Map<string, { seq: number; deviceId: string; deviceSeq: number }>;
  /** Drafts published per project: id → content and version. */
  drafts: Map<string, { json: string; version: number; seq: number }>;
  /** The listener the engine gave `followPokes`, while it follows. */
  pokeListener: ((poke: Poke) => void) | null;
}

const AT = '2026-12-07T12:00:00.000Z';

export function createFakeHub(options: { user?: { id: string; name: string } } = {}): FakeHub {
  const user = { id: 'u-1', name: 'Rita', role: 'lead' as const, ...options.user };
  const queued = new Map<HubOp, unknown[]>();
  const hub: FakeHub = {
    calls: [],
    ops: () => hub.calls.map((call) => call.op),
    callsOf: <O extends HubOp>(op: O) =>
      hub.calls.filter((call): call is HubCallOf<O> => call.op === op),
    once(op, answer) {
      queued.set(op, [...(queued.get(op) ?? []), answer]);
    },
    identity: { hubId: 'hub-1', epoch: 1 },
    down: null,
    log: [],
    add(build) {
      const record = build(hub.log.length + 1);
      hub.log.push(record);
      return record;
    },
    held: new Map(),
    drafts: new Map(),
    pokeListener: null,
    async call<O extends HubOp>(call: HubCallOf<O>): Promise<Answer<O>> {
      hub.calls.push(structuredClone(call));
      const next = queued.get(call.op)?.shift() as Answer<O> | Handler<O> | undefined;
      if (next !== undefined) {
        return typeof next === 'function' ? next(call) : next;
      }
      if (hub.down !== null) {
        return fail(hub.down);
      }
      const handler = standing[call.op];
      if (handler === undefined) {
        throw new Error(`the fake hub has no answer for ${call.op}`);
      }
      return handler(call);
    },
    followPokes(onPoke) {
      hub.pokeListener = onPoke;
      return () => {
        hub.pokeListener = null;
      };
    },
  };

  const watermark = (deviceId: string | undefined): number | null => {
    if (deviceId === undefined) {
      return null;
    }
    const seqs = new Set(
      [...hub.held.values()].filter((h) => h.deviceId === deviceId).map((h) => h.deviceSeq),
    );
    let mark = 0;
    while (seqs.has(mark + 1)) {
      mark += 1;
    }
    return mark;
  };
  const who = (deviceId?: string) => ({ ...hub.identity, deviceWatermark: watermark(deviceId) });

  const standing: Handlers = {
    hello: (call) =>
      ok({
        ...who(call.deviceId),
        user,
        protocolVersion: 1,
        high: hub.log.length,
        serverTime: AT,
        limits: SYNC_LIMITS,
      }),
    // Only the connected user; a test that needs teammates queues an answer with `once`.
    team: () => ok({ users: [{ ...user, revokedAt: null }] }),
    'register-device': (call) =>
      ok({ ...who(call.body.deviceId), deviceId: call.body.deviceId, registeredAt: AT }),
    push(call) {
      const { deviceId } = call.body;
      const results = (call.body.events as DecisionRecord['event'][]).map((event, index) => {
        const known = hub.held.get(event.eventId);
        if (known !== undefined) {
          return { index, eventId: event.eventId, status: 'duplicate' as const, seq: known.seq };
        }
        const record = hub.add((seq) => ({
          seq,
          recordId: event.eventId,
          projectId: event.projectId,
          userId: user.id,
          receivedAt: AT,
          kind: 'decision',
          draftId: event.draftId,
          event,
        }));
        hub.held.set(event.eventId, { seq: record.seq, deviceId, deviceSeq: event.deviceSeq });
        return { index, eventId: event.eventId, status: 'accepted' as const, seq: record.seq };
      });
      return ok({ ...who(deviceId), results });
    },
    pull(call) {
      const records = hub.log.filter((r) => r.seq > call.after).slice(0, call.limit);
      const last = records.at(-1)?.seq ?? call.after;
      return ok({
        ...who(call.deviceId),
        records,
        nextCursor: last,
        hasMore: last < hub.log.length,
        high: hub.log.length,
      });
    },
    'publish-project': (call) => {
      const body = call.body as Omit<HubProject, 'settingsVersion'> & { settingsVersion?: number };
      const project = { ...body, settingsVersion: body.settingsVersion ?? 1 };
      const existing = hub.log.find(
        (r) => r.kind === 'project.published' && r.projectId === body.projectId,
      );
      const record =
        existing ??
        hub.add((seq) => ({
          seq,
          recordId: `project-${seq}`,
          projectId: body.projectId,
          userId: user.id,
          receivedAt: AT,
          kind: 'project.published',
          draftId: null,
          project,
        }));
      const status = existing === undefined ? ('published' as const) : ('unchanged' as const);
      return ok({ status, seq: record.seq, project });
    },
    'publish-drafts': (call) => {
      const { drafts } = call.body as { drafts: { id: string }[] };
      const results = drafts.map((draft): DraftAnswer => {
        const key = `${call.projectId}/${draft.id}`;
        const json = JSON.stringify(draft);
        const held = hub.drafts.get(key);
        if (held === undefined) {
          const seq = 1_000 + hub.drafts.size;
          hub.drafts.set(key, { json, version: 1, seq });
          return { draftId: draft.id, status: 'published', draftVersion: 1, seq };
        }
        const status = held.json === json ? 'unchanged' : 'exists';
        return { draftId: draft.id, status, draftVersion: held.version, seq: held.seq };
      });
      return ok({ results });
    },
    'revise-draft': (call) => {
      const key = `${call.projectId}/${call.draftId}`;
      const body = call.body as { baseVersion: number; draft: unknown };
      const held = hub.drafts.get(key);
      if (held === undefined || held.version !== body.baseVersion) {
        return fail({ kind: 'refused', status: 409, code: 'version_conflict', message: 'no' });
      }
      const next = { json: JSON.stringify(body.draft), version: held.version + 1, seq: held.seq };
      hub.drafts.set(key, next);
      return ok({ draftId: call.draftId, status: 'revised', draftVersion: next.version, seq: 1 });
    },
  };
  return hub;
}
