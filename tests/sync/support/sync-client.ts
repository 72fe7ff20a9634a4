/**
 * A client of the sync tests: the app's own database (fake-indexeddb, one per client), the
 * app's own decision path (`recordDecision`) and the real sync pass, talking to a real hub over
 * loopback HTTP through a transport the test may wrap (faults).
 */
import type { DecisionKind, DecisionPayloads } from '../../../shared/domain/decision-event';
import { buildDecisionEvent } from '../../../shared/review/build-decision-event';
import type { HubUser } from '../../../shared/sync/hello';
import { createHubClient, type FetchLike } from '../../../shared/sync/hub-client';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { recordDecision } from '../../../renderer/db/repositories/decisions-repository';
import { getDraftState } from '../../../renderer/db/repositories/draft-state-repository';
import { startHubSession } from '../../../renderer/db/repositories/hub-state-repository';
import { getOrCreateDeviceId } from '../../../renderer/db/repositories/meta-repository';
import { runSyncPass, type PassOutcome } from '../../../renderer/sync/sync-pass';
import type { HubTransport, SyncDeps } from '../../../renderer/sync/sync-types';

let counter = 0;

/** A transport over real HTTP with `token`; pokes are not followed (tests pull when they say). */
export function httpTransport(
  baseUrl: string,
  token: string,
  fetch: FetchLike = globalThis.fetch,
): HubTransport {
  const client = createHubClient({ fetch, baseUrl, token, timeoutMs: 10_000 });
  return { call: (call) => client.call(call), followPokes: () => () => undefined };
}

export interface SyncClient {
  name: string;
  db: LoupeDatabase;
  deviceId: string;
  user: HubUser;
  deps: SyncDeps;
  /** One sync pass. */
  sync(): Promise<PassOutcome>;
  /** Decides on a draft the way the review screen does (parents = the heads it sees). */
  decide<K extends DecisionKind>(
    projectId: string,
    draftId: string,
    kind: K,
    payload: DecisionPayloads[K],
  ): Promise<string>;
  close(): Promise<void>;
}

export async function createSyncClient(options: {
  name: string;
  hubUrl: string;
  user: HubUser;
  transport: HubTransport;
  /** Reopen an existing database (a client restarting after a crash). */
  databaseName?: string;
}): Promise<SyncClient> {
  const name =
    options.databaseName ?? `sync-client-${options.name}-${process.pid}-${(counter += 1)}`;
  const db = new LoupeDatabase({ name });
  await db.open();
  const deviceId = await getOrCreateDeviceId(db);
  if (options.databaseName === undefined) {
    await startHubSession(db, options.hubUrl, options.user, new Date().toISOString());
  }
  const deps: SyncDeps = {
    db,
    hub: options.transport,
    now: () => new Date(),
    random: () => 0.5,
    locks: { request: (_name, callback) => callback() },
    timers: { set: () => null, clear: () => undefined },
    publishChange: () => undefined,
  };
  return {
    name,
    db,
    deviceId,
    user: options.user,
    deps,
    sync: () => runSyncPass(deps, { onPulled: () => undefined, stopped: () => false }),
    async decide(projectId, draftId, kind, payload) {
      const state = await getDraftState(db, projectId, draftId);
      const draft = await db.drafts.get([projectId, draftId]);
      const project = await db.projects.get(projectId);
      const event = await buildDecisionEvent({
        kind,
        payload,
        projectId,
        draftId,
        parents: kind === 'retract' ? [] : (state?.heads ?? []),
        reviewerId: options.user.id,
        deviceId,
        activeMs: 1_000,
        appVersion: '0.0.0-test',
        ...(project === undefined ? {} : { guidelinesVersion: project.guidelinesVersion }),
        ...(draft?.draftVersion === undefined ? {} : { draftVersion: draft.draftVersion }),
      });
      await recordDecision(db, event);
      return event.eventId;
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
