/**
 * The client engine end to end against a real hub: a lead publishes through the hub's routes,
 * two reviewers pull the project and its drafts, decide differently on one draft, sync, and both
 * see it disputed; an acked decision is never pushed twice.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../hub/support/engines';
import { createTestHub, type TestHub } from '../hub/support/test-hub';
import { testDraft, testProject } from '../hub/support/decisions';
import { listOutbox } from '../../renderer/db/repositories/outbox-repository';
import { createSyncClient, httpTransport, type SyncClient } from './support/sync-client';

describeEachEngine('sync engine against a real hub', (engine) => {
  let hub: TestHub;
  let url: string;
  let rita: SyncClient;
  let rui: SyncClient;

  beforeAll(async () => {
    hub = await createTestHub(await engine.fresh(), { rateLimitPerMinute: 1_000_000 });
    url = await hub.app.listen({ host: '127.0.0.1', port: 0 });
    const lead = httpTransport(url, hub.users.lead.token);
    const published = await lead.call({ op: 'publish-project', body: testProject() });
    expect(published.ok).toBe(true);
    const drafts = await lead.call({
      op: 'publish-drafts',
      projectId: 'proj-1',
      body: { drafts: [testDraft('d-1'), testDraft('d-2')] },
    });
    expect(drafts.ok).toBe(true);
    const reviewer = hub.users.reviewer;
    rita = await createSyncClient({
      name: 'rita',
      hubUrl: url,
      user: { id: reviewer.id, name: reviewer.name, role: reviewer.role },
      transport: httpTransport(url, reviewer.token),
    });
    const lee = hub.users.lead;
    rui = await createSyncClient({
      name: 'lee',
      hubUrl: url,
      user: { id: lee.id, name: lee.name, role: lee.role },
      transport: httpTransport(url, lee.token),
    });
  });
  afterAll(async () => {
    await rita?.close();
    await rui?.close();
    await hub?.close();
  });

  it('pulls the team project, pushes decisions, and both replicas agree the draft is disputed', async () => {
    expect(await rita.sync()).toEqual({ ok: true });
    expect(await rui.sync()).toEqual({ ok: true });
    expect((await rita.db.projects.get('proj-1'))?.hub).toBeDefined();
    expect(await rita.db.queueEntries.count()).toBe(2);

    await rita.decide('proj-1', 'd-1', 'approve', {});
    await rui.decide('proj-1', 'd-1', 'escalate', { reasonId: 'factual-error', note: '金額不符' });
    expect(await rita.sync()).toEqual({ ok: true });
    expect(await rui.sync()).toEqual({ ok: true });
    expect(await rita.sync()).toEqual({ ok: true });

    for (const client of [rita, rui]) {
      const state = await client.db.draftState.get(['proj-1', 'd-1']);
      expect(state?.status, client.name).toBe('disputed');
      expect(state?.heads, client.name).toHaveLength(2);
      const outbox = await client.db.outbox.toArray();
      expect(outbox.map((row) => row.state)).toEqual(['acked']);
      expect(await listOutbox(client.db, 'pending')).toEqual([]);
    }
    const pulled = (await rita.db.hubLog.orderBy('seq').toArray()).map((row) => row.seq);
    expect(pulled).toEqual(Array.from({ length: pulled.length }, (_, index) => index + 1));
  });
});
