/**
 * A client of the fault-model test: the app's own database (fake-indexeddb, one per client), the
 * app's decision path (`buildDecisionEvent` + `recordDecision`, undo by `findUndoTarget`), and
 * the real sync pass or engine, talking through the faulty network.
 *
 * A crash loses everything in memory: the Dexie connection is closed and a new `LoupeDatabase`
 * with the same name is opened, with new deps; what IndexedDB committed is all that is left.
 */
import Dexie from 'dexie';
import type { DecisionKind, DecisionPayloads } from '../../../shared/domain/decision-event';
import { buildDecisionEvent } from '../../../shared/review/build-decision-event';
import type { DataChange } from '../../../renderer/db/change-feed';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import {
  findUndoTarget,
  recordDecision,
} from '../../../renderer/db/repositories/decisions-repository';
import { startHubSession } from '../../../renderer/db/repositories/hub-state-repository';
import { getOrCreateDeviceId } from '../../../renderer/db/repositories/meta-repository';
import { createSyncEngine } from '../../../renderer/sync/sync-engine';
import { runSyncPass, type PassOutcome } from '../../../renderer/sync/sync-pass';
import type { SyncCheckpoint, SyncDeps, SyncStatus } from '../../../renderer/sync/sync-types';
import type { TestUser } from '../../hub/support/test-hub';
import type { FaultNetwork } from './transport-faults';

/** Thrown at a checkpoint to crash the client there. */
export class ClientCrash extends Error {
  override readonly name = 'ClientCrash';
}

export interface FaultClient {
  readonly name: string;
  readonly user: TestUser;
  readonly dbName: string;
  db: LoupeDatabase;
  deviceId: string;
  /** Where the next pass crashes, if anywhere. */
  crashAt: SyncCheckpoint | null;
  crashes: number;
}

export async function openFaultClient(
  name: string,
  user: TestUser,
  dbName: string,
): Promise<FaultClient> {
  const db = new LoupeDatabase({ name: dbName });
  await db.open();
  const deviceId = await getOrCreateDeviceId(db);
  await startHubSession(
    db,
    'http://hub.test',
    { id: user.id, name: user.name, role: user.role },
    new Date().toISOString(),
  );
  return { name, user, dbName, db, deviceId, crashAt: null, crashes: 0 };
}

/** The client dies: its connection goes, a new one opens on what IndexedDB holds. */
export async function crashClient(client: FaultClient): Promise<void> {
  client.db.close();
  client.db = new LoupeDatabase({ name: client.dbName });
  await client.db.open();
  client.deviceId = await getOrCreateDeviceId(client.db);
  client.crashAt = null;
  client.crashes += 1;
}

export async function deleteClient(client: FaultClient): Promise<void> {
  client.db.close();
  await Dexie.delete(client.dbName);
}

/** Fresh deps, as a restarted app would make them. */
function depsOf(
  client: FaultClient,
  network: FaultNetwork,
  random: () => number,
  timers: SyncDeps['timers'] = { set: () => null, clear: () => undefined },
  publishChange: SyncDeps['publishChange'] = () => undefined,
): SyncDeps {
  return {
    db: client.db,
    hub: network.transport(client.name, client.user.token),
    now: () => new Date(),
    random,
    locks: { request: (_name, callback) => callback() },
    timers,
    publishChange,
    deviceLabel: `${client.name}'s machine`,
    checkpoint: (point) => {
      if (client.crashAt === point) {
        throw new ClientCrash(`crash at ${point}`);
      }
    },
  };
}

export type PassResult = PassOutcome | { ok: false; crashed: true };

/**
 * One sync pass; a crash at a checkpoint crashes the client and is reported. `onChange` hears
 * what the pass announces on the change feed.
 */
export async function syncPass(
  client: FaultClient,
  network: FaultNetwork,
  random: () => number,
  onChange?: (change: DataChange) => void,
): Promise<PassResult> {
  try {
    return await runSyncPass(depsOf(client, network, random, undefined, onChange), {
      onPulled: () => undefined,
      stopped: () => false,
    });
  } catch (error) {
    if (!(error instanceof ClientCrash)) {
      throw error;
    }
    await crashClient(client);
    return { ok: false, crashed: true };
  }
}

/**
 * One pass driven by the engine (a poke): start it, wait for the pass to end, stop it. Returns
 * the status it ended in and the wait it scheduled (a retry after a failure, the poll after a
 * success).
 */
export async function enginePass(
  client: FaultClient,
  network: FaultNetwork,
  random: () => number,
): Promise<{ status: SyncStatus; waitMs: number | null }> {
  let waitMs: number | null = null;
  let settled: (status: SyncStatus) => void = () => undefined;
  const ended = new Promise<SyncStatus>((resolve) => (settled = resolve));
  const deps: SyncDeps = {
    ...depsOf(client, network, random, {
      set: (_run, ms) => {
        waitMs = ms;
        return ms;
      },
      clear: () => undefined,
    }),
    checkpoint: undefined,
    onStatus: (status) => {
      if (status.phase !== 'syncing' && status.phase !== 'standby') {
        settled(status);
      }
    },
  };
  const engine = createSyncEngine(deps);
  await engine.start();
  const status = await ended;
  await engine.stop();
  return { status, waitMs };
}

const payloadOf = (kind: DecisionKind, n: number): DecisionPayloads[DecisionKind] => {
  switch (kind) {
    case 'edit':
      return { finalText: `修改 ${n}: NT$${1_000 + n}` };
    case 'escalate':
      return { reasonId: 'factual-error', note: `note ${n}` };
    default:
      return {};
  }
};

/**
 * Decides as the review screen does: parents are the heads this copy sees (none for a retract).
 * Returns the event id once the decision's transaction has committed.
 */
export async function decide<K extends DecisionKind>(
  client: FaultClient,
  on: { projectId: string; draftId: string },
  kind: K,
  payload: DecisionPayloads[K] | null,
  n: number,
): Promise<string> {
  const { db } = client;
  const state = await db.draftState.get([on.projectId, on.draftId]);
  const draft = await db.drafts.get([on.projectId, on.draftId]);
  const project = await db.projects.get(on.projectId);
  const event = await buildDecisionEvent({
    kind,
    payload: payload ?? (payloadOf(kind, n) as DecisionPayloads[K]),
    projectId: on.projectId,
    draftId: on.draftId,
    parents: kind === 'retract' ? [] : (state?.heads ?? []),
    reviewerId: client.user.id,
    deviceId: client.deviceId,
    activeMs: 1_000 + n,
    appVersion: '0.0.0-fault-model',
    ...(project === undefined ? {} : { guidelinesVersion: project.guidelinesVersion }),
    ...(draft?.draftVersion === undefined ? {} : { draftVersion: draft.draftVersion }),
  });
  await recordDecision(db, event);
  return event.eventId;
}

/** Undo as the review screen does it: a retract of this device's latest undoable decision. */
export async function undo(
  client: FaultClient,
  n: number,
): Promise<{ eventId: string; targetEventId: string } | null> {
  const target = await findUndoTarget(client.db, client.deviceId, client.user.id);
  if (target === undefined) {
    return null;
  }
  const on = { projectId: target.projectId, draftId: target.draftId };
  const eventId = await decide(client, on, 'retract', { targetEventId: target.eventId }, n);
  return { eventId, targetEventId: target.eventId };
}
