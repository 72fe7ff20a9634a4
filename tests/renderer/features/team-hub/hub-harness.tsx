/**
 * Shared steps of the team-hub and sync screen tests: a clean app with the sync stores reset, a
 * bridge whose hub half the test answers (connect, disconnect, where the token is kept, and each
 * hub call by its `op`, recorded), a reviewer connected with a given role without a running
 * engine (the screens read the store; the engine has its own tests), and rows for a project on
 * the hub with its drafts and decisions.
 */
import { vi } from 'vitest';
import type { DecisionKind } from '../../../../shared/domain/decision-event';
import type { HubConnectResult, SecretStorage } from '../../../../shared/ipc/contract';
import type { HubAnswers, HubCall, HubCallOf, HubOp } from '../../../../shared/sync/hub-calls';
import type { HubFailure, HubResult } from '../../../../shared/sync/hub-failure';
import { SYNC_LIMITS } from '../../../../shared/sync/limits';
import type { HubRole } from '../../../../shared/sync/roles';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { toQueueEntry } from '../../../../renderer/db/queue-entry';
import { recordDecision } from '../../../../renderer/db/repositories/decisions-repository';
import { setMeta } from '../../../../renderer/db/repositories/meta-repository';
import { putProject } from '../../../../renderer/db/repositories/projects-repository';
import type { DraftRow, EventRow, ProjectRow } from '../../../../renderer/db/rows';
import type { Bridge, HubBridge } from '../../../../renderer/platform/bridge';
import { getBridge, setBridge } from '../../../../renderer/platform/current-bridge';
import { useDraftHubFactsStore } from '../../../../renderer/stores/sync/draft-hub-facts-store';
import { useHubConnectionStore } from '../../../../renderer/stores/sync/hub-connection-store';
import { useRejectedDecisionsStore } from '../../../../renderer/stores/sync/rejected-decisions-store';
import { useSyncStore, type SyncState } from '../../../../renderer/stores/sync/sync-store';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { decision } from '../../db/decision-fixture';
import { resetAppEnvironment } from '../../support/app-env';

export const HUB_URL = 'https://hub.example';
export const HUB_ID = 'hub-1';
export const AT = '2026-12-07T09:00:00.000Z';

type Answer<O extends HubOp> = HubResult<HubAnswers[O]>;
type Handler<O extends HubOp> = (call: HubCallOf<O>) => Answer<O> | Promise<Answer<O>>;

/** The hub half of a bridge that the test scripts. */
export interface ScriptedHub {
  bridge: HubBridge;
  /** Every call that reached "the hub", in order. */
  calls: HubCall[];
  /** Answers every later call of `op` this way (until answered otherwise). */
  answer<O extends HubOp>(op: O, handler: Handler<O>): void;
  /** What the next `connect` answers. */
  nextConnect: HubConnectResult;
  connect: ReturnType<typeof vi.fn<HubBridge['connect']>>;
  disconnect: ReturnType<typeof vi.fn<HubBridge['disconnect']>>;
  /** What `connection()` says of where the token is kept. */
  storage: SecretStorage;
}

export const ok = <T,>(value: T): HubResult<T> => ({ ok: true, value });
export const fail = (failure: HubFailure) => ({ ok: false as const, failure });

/** The hub's hello for `name` with `role`. */
export function hello(role: HubRole, name = 'Mei Lin', id = 'u-mei'): HubAnswers['hello'] {
  return {
    hubId: HUB_ID,
    epoch: 1,
    deviceWatermark: null,
    user: { id, name, role },
    protocolVersion: 1,
    high: 0,
    serverTime: AT,
    limits: SYNC_LIMITS,
  };
}

function scriptedHub(): ScriptedHub {
  const handlers = new Map<HubOp, unknown>();
  const hub: ScriptedHub = {
    calls: [],
    answer(op, handler) {
      handlers.set(op, handler);
    },
    nextConnect: {
      ok: true,
      hello: hello('lead'),
      connection: { url: HUB_URL, storage: 'encrypted' },
    },
    connect: vi.fn(() => Promise.resolve(hub.nextConnect)),
    disconnect: vi.fn(() => Promise.resolve()),
    storage: 'encrypted',
    bridge: {
      connect: (url, token) => hub.connect(url, token),
      disconnect: () => hub.disconnect(),
      connection: () => Promise.resolve({ url: HUB_URL, storage: hub.storage }),
      async call<O extends HubOp>(call: HubCallOf<O>): Promise<Answer<O>> {
        hub.calls.push(structuredClone(call));
        const handler = handlers.get(call.op) as Handler<O> | undefined;
        if (handler === undefined) {
          // The engine's own calls (hello, push, pull) are not these screens' business.
          return fail({ kind: 'offline', message: 'not scripted' });
        }
        return handler(call);
      },
      followPokes: () => () => undefined,
    },
  };
  return hub;
}

/** A clean app (fresh stores and database) with a scripted hub; `runtime` of the bridge. */
export async function resetHubEnvironment(runtime: Bridge['runtime'] = 'electron') {
  await resetAppEnvironment();
  await useSyncStore.getState().reset();
  useRejectedDecisionsStore.getState().reset();
  useDraftHubFactsStore.getState().reset();
  useHubConnectionStore.getState().reset();
  const hub = scriptedHub();
  setBridge({ ...getBridge(), runtime, hub: hub.bridge });
  await useProfileStore.getState().load();
  await useProfileStore.getState().saveDisplayName('Mei Lin');
  return hub;
}

/** The reviewer is connected with `role` (as after "Test connection"), sync at rest. */
export function connectAs(role: HubRole, extra: Partial<SyncState> = {}) {
  useSyncStore.setState({
    connection: { url: HUB_URL, user: { id: 'u-mei', name: 'Mei Lin', role } },
    status: { phase: 'synced' },
    counts: { waiting: 0, localOnly: 0, rejected: 0 },
    syncedAt: new Date().toISOString(),
    ...extra,
  });
}

/** This machine knows the hub's identity (as after a first sync): publishing marks projects. */
export async function storeHubIdentity() {
  await setMeta(getDatabase(), 'hubIdentity', { hubId: HUB_ID, epoch: 1 });
}

/** A project row, on the hub unless `onHub` is false. */
export function projectRow(id: string, onHub = true, extra: Partial<ProjectRow> = {}): ProjectRow {
  return {
    id,
    name: `Project ${id}`,
    guidelines: '# Check amounts',
    escalationReasons: [
      { id: 'factual-error', label: { en: 'Factual error', 'zh-TW': '事實錯誤' } },
    ],
    rubric: { questions: [] },
    guidelinesVersion: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...(onHub ? { hub: { hubId: HUB_ID, publishedSeq: 1 } } : {}),
    ...extra,
  };
}

export function draftRow(projectId: string, id: string, extra: Partial<DraftRow> = {}): DraftRow {
  return {
    id,
    projectId,
    context: [{ kind: 'ticket', title: 'Ticket', text: 'Refund approved.' }],
    draft: `Text of ${id}.`,
    model: { name: 'm', version: '1' },
    metadata: {},
    priority: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
    status: 'pending',
    ...extra,
  };
}

/** Stores a project and its drafts (with queue entries; withdrawn drafts stay out of it). */
export async function seedProject(project: ProjectRow, drafts: readonly DraftRow[]) {
  const db = getDatabase();
  await putProject(db, project);
  await db.drafts.bulkPut([...drafts]);
  await db.queueEntries.bulkPut(
    drafts.filter((draft) => draft.withdrawn === undefined).map(toQueueEntry),
  );
}

/** A decision of this reviewer through the app's own decision path. */
export async function decide(
  eventId: string,
  projectId: string,
  draftId: string,
  kind: DecisionKind = 'approve',
  extra: Partial<EventRow> = {},
) {
  return recordDecision(
    getDatabase(),
    decision(eventId, kind, draftId, { projectId, reviewerId: 'u-mei', ...extra }),
  );
}

/** Marks a decision refused by the hub, as a push answer would. */
export async function rejectOnHub(eventId: string, reason: string, detail?: string) {
  await getDatabase().outbox.update(eventId, {
    state: 'rejected',
    rejectedReason: reason,
    rejectedDetail: detail,
    rejectedAt: '2026-12-07T10:30:00.000Z',
  });
}
