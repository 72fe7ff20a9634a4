/**
 * The end of every fault-model run (SYNC.md §9): heal every fault, sync every client until two
 * rounds in a row change nothing, then check the five invariants against the hub's whole log
 * (pulled as the admin), its `draft_state` projection, its devices, and each client's database.
 */
import { expect } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { deriveDraftState } from '../../../shared/review/derive-draft-state';
import type { LogRecord } from '../../../shared/sync/hub-records';
import { MAX_PULL_LIMIT } from '../../../shared/sync/limits';
import { draftStates } from '../../../hub/storage/queries/projections';
import type { DataChange } from '../../../renderer/db/change-feed';
import type { EventRow } from '../../../renderer/db/rows';
import { getMeta } from '../../../renderer/db/repositories/meta-repository';
import { syncPass, type FaultClient } from './fault-clients';
import { PROJECT_ID, type Run } from './fault-run';
import { referenceDraftState } from './reference-derivation';

/**
 * Heals the network and syncs every client (all at once) until two rounds in a row change
 * nothing: no pass announces a change (a pulled record, an outbox row, the hub's identity), so
 * the hub's log did not grow either (only the clients write to it now). Returns the rounds.
 */
export async function syncUntilQuiet(run: Run): Promise<number> {
  run.network.heal();
  await run.network.settle();
  if (run.hub.url() === null) {
    await run.hub.start();
  }
  let quiet = 0;
  for (let round = 1; round <= 12; round += 1) {
    let changed = false;
    const onChange = (change: DataChange) => {
      changed ||= Object.keys(change).length > 0;
    };
    const results = await Promise.all(
      run.clients.map((client) => syncPass(client, run.network, run.random, onChange)),
    );
    for (const [index, result] of results.entries()) {
      const name = run.clients[index]?.name ?? '';
      expect(result, `${name}: a pass after the heal`).toEqual({ ok: true });
    }
    quiet = changed ? 0 : quiet + 1;
    if (quiet === 2) {
      return round;
    }
  }
  throw new Error('still changing after 12 rounds of sync');
}

async function pullWholeLog(run: Run): Promise<{ records: LogRecord[]; high: number }> {
  const admin = run.hub.client(run.hub.users.admin);
  const records: LogRecord[] = [];
  let after = 0;
  for (;;) {
    const page = await admin.call({ op: 'pull', after, limit: MAX_PULL_LIMIT });
    if (!page.ok) {
      throw new Error(`the admin's pull failed: ${JSON.stringify(page.failure)}`);
    }
    records.push(...page.value.records);
    after = page.value.nextCursor;
    if (!page.value.hasMore) {
      return { records, high: page.value.high };
    }
  }
}

async function deviceWatermarks(
  run: Run,
): Promise<Map<string, { userId: string; watermark: number }>> {
  const response = await fetch(`${run.hub.url() ?? ''}/v1/admin/devices`, {
    headers: { authorization: `Bearer ${run.hub.users.admin.token}` },
  });
  const body = (await response.json()) as {
    devices: { deviceId: string; userId: string; watermark: number }[];
  };
  return new Map(body.devices.map((device) => [device.deviceId, device]));
}

const withoutSeq = ({ seq: _seq, ...event }: EventRow): DecisionEvent => event;
const ascending = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

export async function checkInvariants(run: Run): Promise<void> {
  // Whatever happened, the hub refused with a 4xx or, stopping, a 503: never a 500 (SYNC.md §8).
  const errors = run.network.hubErrors.filter((error) => !error.startsWith('503 '));
  expect(errors, 'the hub answered 5xx').toEqual([]);

  const { records, high } = await pullWholeLog(run);
  const decisions = records.filter(
    (record): record is Extract<LogRecord, { kind: 'decision' }> => record.kind === 'decision',
  );
  const onHub = new Map(decisions.map((record) => [record.recordId, record]));
  const accepted = [...run.committed.keys()].filter((id) => !run.intended.has(id)).sort();

  // 2. Nothing doubled, on the hub: distinct ids, seq gapless 1…N, (deviceId, deviceSeq) unique.
  expect(new Set(records.map((record) => record.recordId)).size, 'hub record ids').toBe(
    records.length,
  );
  expect(
    records.map((record) => record.seq),
    'hub seqs',
  ).toEqual(ascending(high));
  const deviceSeqs = decisions.map(
    (record) => `${record.event.deviceId}#${record.event.deviceSeq}`,
  );
  expect(new Set(deviceSeqs).size, 'hub (deviceId, deviceSeq)').toBe(deviceSeqs.length);

  // 1. Nothing lost: every accepted event on the hub once (and nothing else); no doomed one.
  expect([...onHub.keys()].sort(), 'decisions on the hub').toEqual(accepted);
  for (const id of run.intended.keys()) {
    expect(onHub.has(id), `doomed event ${id} on the hub`).toBe(false);
  }

  const devices = await deviceWatermarks(run);
  const hubEvents = decisions.map((record) => record.event as DecisionEvent);
  for (const client of run.clients) {
    await checkClient(run, client, { records, onHub, accepted, devices });
  }

  // 4. Convergence: the hub's projection = the app's derivation = the reference, per draft.
  const projected = await run.hub.storage().read(draftStates);
  for (const draft of run.drafts) {
    const events = hubEvents.filter((event) => event.draftId === draft.id);
    const reference = referenceDraftState(events);
    expect(deriveDraftState(events), `app derivation of ${draft.id}`).toEqual(reference);
    const row = projected.find((state) => state.draft_id === draft.id);
    const hubState: unknown = row === undefined ? deriveDraftState([]) : JSON.parse(row.state);
    expect(hubState, `hub draft_state of ${draft.id}`).toEqual(reference);
    expect(row?.status ?? 'pending', `hub status of ${draft.id}`).toBe(reference.status);
    for (const client of run.clients) {
      const stored = await client.db.draftState.get([PROJECT_ID, draft.id]);
      const {
        projectId: _p,
        draftId: _d,
        updatedAt: _u,
        ...state
      } = stored ?? {
        projectId: '',
        draftId: '',
        updatedAt: '',
        ...deriveDraftState([]),
      };
      expect(state, `${client.name}: state of ${draft.id}`).toEqual(reference);
    }
  }
}

async function checkClient(
  run: Run,
  client: FaultClient,
  hub: {
    records: LogRecord[];
    onHub: Map<string, Extract<LogRecord, { kind: 'decision' }>>;
    accepted: string[];
    devices: Map<string, { userId: string; watermark: number }>;
  },
): Promise<void> {
  const { db, name } = client;
  const own = [...run.committed].filter(([, who]) => who === name).map(([id]) => id);
  const doomed = own.filter((id) => run.intended.has(id));

  // 1. Every accepted event on every client, as the hub holds it; its own doomed ones kept.
  const events = await db.events.toArray();
  expect(events.map((event) => event.eventId).sort(), `${name}: events`).toEqual(
    [...hub.accepted, ...doomed].sort(),
  );
  for (const event of events) {
    const held = hub.onHub.get(event.eventId);
    if (held !== undefined) {
      expect(withoutSeq(event), `${name}: event ${event.eventId}`).toEqual(held.event);
      expect(event.seq, `${name}: seq of ${event.eventId}`).toBe(held.seq);
    }
  }

  // 2. Its outbox: one row per event it made, deviceSeq 1…k, each acked or refused as intended.
  const outbox = (await db.outbox.toArray()).sort((a, b) => a.deviceSeq - b.deviceSeq);
  expect(outbox.map((row) => row.eventId).sort(), `${name}: outbox`).toEqual([...own].sort());
  expect(
    outbox.map((row) => row.deviceSeq),
    `${name}: deviceSeqs`,
  ).toEqual(ascending(outbox.length));
  for (const row of outbox) {
    const reason = run.intended.get(row.eventId);
    const expected =
      reason === undefined
        ? { state: 'acked', seq: hub.onHub.get(row.eventId)?.seq }
        : { state: 'rejected', rejectedReason: reason };
    expect(row, `${name}: outbox row of ${row.eventId}`).toMatchObject(expected);
  }

  // 3. No skipped cursor: the pulled log is the hub's, seq by seq, and the cursor at its end.
  const pulled = await db.hubLog.orderBy('seq').toArray();
  expect(
    pulled.map((row) => `${row.seq}:${row.recordId}`),
    `${name}: pulled log`,
  ).toEqual(hub.records.map((record) => `${record.seq}:${record.recordId}`));
  expect(await getMeta(db, 'hubCursor'), `${name}: cursor`).toBe(hub.records.length);

  // 5. Watermarks: the hub holds every deviceSeq of this device.
  const device = hub.devices.get(client.deviceId);
  expect(device, `${name}: device on the hub`).toMatchObject({
    userId: client.user.id,
    watermark: outbox.length,
  });
}
