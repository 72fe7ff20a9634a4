/** One sync pass against a fake hub (SYNC.md §2–§4): register, push in batches, pull, recover. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { recordDecision } from '../../../renderer/db/repositories/decisions-repository';
import {
  adoptHubIdentity,
  markDeviceRegistered,
  readHubState,
  startHubSession,
} from '../../../renderer/db/repositories/hub-state-repository';
import { getOrCreateDeviceId, setMeta } from '../../../renderer/db/repositories/meta-repository';
import { runSyncPass } from '../../../renderer/sync/sync-pass';
import type { SyncDeps } from '../../../renderer/sync/sync-types';
import { decision } from '../db/decision-fixture';
import {
  AT,
  draftInput,
  draftPublished,
  draftRow,
  dropTestDatabase,
  eventRow,
  hubProject,
  openTestDatabase,
  projectPublished,
  projectRow,
  seedDrafts,
  seedOutbox,
} from '../db/sync-fixture';
import { createFakeHub, fail, type FakeHub } from './fake-hub';
import { syncDeps, type TestDeps } from './sync-deps';

let db: LoupeDatabase;
let hub: FakeHub;
let deps: TestDeps;

beforeEach(async () => {
  db = await openTestDatabase('sync-pass');
  // This machine is the event fixtures' device (the app signs its events with this id).
  await setMeta(db, 'deviceId', 'dev1');
  hub = createFakeHub();
  deps = syncDeps(db, hub, { deviceLabel: 'Mei’s laptop' });
  await startHubSession(db, 'https://hub.example', { id: 'r1', name: 'Mei', role: 'lead' }, AT);
  await db.projects.put(projectRow('p1'));
  await seedDrafts(db, [draftRow('p1', 'a'), draftRow('p1', 'b')]);
});
afterEach(async () => {
  await dropTestDatabase(db);
});

const pass = (with_: SyncDeps = deps) =>
  runSyncPass(with_, { onPulled: () => undefined, stopped: () => false });

/** The hub already knows this device (a pass ran before). */
async function registered() {
  await adoptHubIdentity(db, hub.identity);
  await markDeviceRegistered(db, hub.identity);
}

const pushedSeqs = () =>
  hub
    .callsOf('push')
    .map((call) => call.body.events.map((e) => (e as { deviceSeq: number }).deviceSeq));
const outbox = async () => (await db.outbox.toArray()).sort((a, b) => a.deviceSeq - b.deviceSeq);
const states = async () => (await outbox()).map((r) => r.state);

describe('runSyncPass', () => {
  it('says hello and registers on the first pass, then pushes and pulls; later passes do not', async () => {
    await recordDecision(db, decision('01A', 'approve', 'a'));
    expect(await pass()).toEqual({ ok: true });
    expect(hub.ops()).toEqual(['hello', 'register-device', 'push', 'pull']);
    expect(hub.callsOf('register-device')[0]?.body).toMatchObject({ label: 'Mei’s laptop' });
    expect(await db.outbox.get('01A')).toMatchObject({ state: 'acked', seq: 1 });
    expect((await readHubState(db)).cursor).toBe(1);

    hub.calls.length = 0;
    await recordDecision(db, decision('01B', 'approve', 'b'));
    expect(await pass()).toEqual({ ok: true });
    expect(hub.ops()).toEqual(['push', 'pull']);
    expect(pushedSeqs()).toEqual([[2]]);
    expect(hub.callsOf('pull')[0]).toMatchObject({ after: 1 });
  });

  it('pushes at most 200 events per request, in deviceSeq order', async () => {
    await registered();
    await seedOutbox(
      db,
      Array.from({ length: 450 }, (_, i) => ({ event: eventRow(`E${1000 + i}`, i + 1) })),
    );
    expect(await pass()).toEqual({ ok: true });
    const batches = pushedSeqs();
    expect(batches.map((batch) => batch.length)).toEqual([200, 200, 50]);
    expect(batches.flat()).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    expect(new Set(await states())).toEqual(new Set(['acked']));
  });

  it('halves the batch when the hub answers 413 batch_too_large', async () => {
    await registered();
    await seedOutbox(
      db,
      Array.from({ length: 300 }, (_, i) => ({ event: eventRow(`E${i}`, i + 1) })),
    );
    hub.once(
      'push',
      fail({ kind: 'refused', status: 413, code: 'batch_too_large', message: 'too big' }),
    );
    expect(await pass()).toEqual({ ok: true });
    expect(pushedSeqs().map((batch) => batch.length)).toEqual([200, 100, 100, 100]);
    expect(new Set(await states())).toEqual(new Set(['acked']));
  });

  it('registers again once when the hub forgot the device (409), then retries the push', async () => {
    await registered();
    await recordDecision(db, decision('01A', 'approve', 'a'));
    const forgot = fail({
      kind: 'refused',
      status: 409,
      code: 'device_not_registered',
      message: '',
    });
    hub.once('push', forgot);
    expect(await pass()).toEqual({ ok: true });
    expect(hub.ops()).toEqual(['push', 'register-device', 'push', 'pull']);
    expect(await states()).toEqual(['acked']);

    hub.calls.length = 0;
    await recordDecision(db, decision('01B', 'approve', 'b'));
    hub.once('push', forgot);
    hub.once('push', forgot);
    expect(await pass()).toEqual({ ok: false, failure: forgot.failure });
    expect(hub.ops()).toEqual(['push', 'register-device', 'push']);
    expect(await states()).toEqual(['acked', 'pending']);
  });

  it('pulls from zero when a page comes from another epoch, without applying that page', async () => {
    await registered();
    await setMeta(db, 'hubCursor', 5);
    hub.identity = { hubId: 'hub-1', epoch: 2 };
    hub.add((seq) => projectPublished(seq, hubProject('hp')));
    hub.add((seq) => draftPublished(seq, 'hp', draftInput('d1')));
    hub.once('pull', {
      ok: true,
      value: {
        ...hub.identity,
        deviceWatermark: 0,
        records: [draftPublished(6, 'hp', draftInput('ghost'))],
        nextCursor: 6,
        hasMore: false,
        high: 6,
      },
    });
    expect(await pass()).toEqual({ ok: true });
    expect(hub.callsOf('pull').map((call) => call.after)).toEqual([5, 0]);
    expect(await db.drafts.get(['hp', 'ghost'])).toBeUndefined();
    expect(await db.drafts.get(['hp', 'd1'])).toBeDefined();
    expect(await readHubState(db)).toMatchObject({
      identity: { hubId: 'hub-1', epoch: 2 },
      cursor: 2,
    });
    expect(deps.changes).toContainEqual({ hub: true });
  });

  it('pushes again, in the same pass, events a restored hub lost (watermark below them)', async () => {
    await registered();
    await seedOutbox(db, [
      { event: eventRow('01A', 1, { seq: 1 }), row: { state: 'acked', seq: 1 } },
      { event: eventRow('01B', 2, { seq: 2 }), row: { state: 'acked', seq: 2 } },
      { event: eventRow('01C', 3, { seq: 3 }), row: { state: 'acked', seq: 3 } },
      { event: eventRow('01D', 4) },
    ]);
    // The hub was restored from a backup holding only the first event.
    const device = await getOrCreateDeviceId(db);
    hub.held.set('01A', { seq: 1, deviceId: device, deviceSeq: 1 });
    expect(await pass()).toEqual({ ok: true });
    // 4 went, the answer's watermark (1) showed the loss, 2–4 went back to pending; the pull
    // then brought 4 (the hub holds it) and acked it, and the pass's last push sent 2 and 3.
    expect(pushedSeqs()).toEqual([[4], [2, 3]]);
    for (const call of hub.callsOf('push')) {
      for (const event of call.body.events) {
        expect(event).not.toHaveProperty('seq');
      }
    }
    const rows = await outbox();
    expect(rows.map((row) => [row.state, row.seq])).toEqual([
      ['acked', 1],
      ['acked', hub.held.get('01B')?.seq],
      ['acked', hub.held.get('01C')?.seq],
      ['acked', hub.held.get('01D')?.seq],
    ]);
    expect((await db.events.get('01B'))?.seq).toBe(hub.held.get('01B')?.seq);
  });

  it('pushes, at the end of the pass, decisions of a project the pull just brought onto the hub', async () => {
    await db.projects.put(projectRow('p2', null));
    await seedDrafts(db, [draftRow('p2', 'x')]);
    await recordDecision(db, decision('01A', 'approve', 'x', { projectId: 'p2' }));
    hub.add((seq) => projectPublished(seq, hubProject('p2')));
    expect(await pass()).toEqual({ ok: true });
    expect(hub.ops()).toEqual(['hello', 'register-device', 'pull', 'push']);
    expect(await db.outbox.get('01A')).toMatchObject({ state: 'acked', seq: 2 });
  });

  it('stops at the first failure and returns it', async () => {
    await recordDecision(db, decision('01A', 'approve', 'a'));
    const offline = fail({ kind: 'offline', message: 'no network' });
    hub.once('push', offline);
    expect(await pass()).toEqual({ ok: false, failure: offline.failure });
    expect(hub.ops()).toEqual(['hello', 'register-device', 'push']);
    expect(await states()).toEqual(['pending']);

    hub.calls.length = 0;
    hub.once('pull', offline);
    expect(await pass()).toEqual({ ok: false, failure: offline.failure });
    expect(hub.ops()).toEqual(['push', 'pull']);
    expect((await readHubState(db)).cursor).toBe(0);
  });
});
