/**
 * Contract of the reading routes (issue 10 point 6; SYNC.md §3, §4, §8): `GET /v1/sync/pull`
 * pages the one log in `seq` order with `nextCursor`, `hasMore` and `high`, and every kind of
 * record arrives as the schema of shared/sync/hub-records.ts describes it; `/readyz` says the
 * database answers; the admin lists never show a token, a token id or a token hash.
 */
import { beforeAll, afterAll, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../hub/storage/migrations/run-migrations';
import { readIdentity } from '../../../hub/storage/queries/identity';
import { listUsers, revokeUser } from '../../../hub/storage/queries/users';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { draftInputSchema } from '../../../shared/domain/draft-schema';
import { pullResponseSchema, type PullResponse } from '../../../shared/sync';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { addTestDevice, addTestUser, createTestHub, type TestHub } from '../support/test-hub';

const NOW = new Date('2026-12-03T09:00:00.000Z');
const REVISED_TEXT = '退款 NT$1,280 已於 12 月 3 日處理完成。';

describeEachEngine('reading route contract', (engine) => {
  let hub: TestHub;
  let decision: DecisionEvent;
  beforeAll(async () => {
    hub = await createTestHub(await engine.fresh(), { now: () => NOW });
    const lead = (method: 'POST' | 'PUT', url: string, payload?: object) =>
      hub.request('lead', { method, url, ...(payload === undefined ? {} : { payload }) });
    const project = testProject();
    await lead('POST', '/v1/projects', project); // 1
    await lead('PUT', '/v1/projects/proj-1/settings', {
      baseVersion: 1,
      settings: { ...project.settings, guidelines: '# v2' },
    }); // 2
    const drafts = [testDraft('d-1'), testDraft('d-2'), testDraft('d-3')];
    await lead('POST', '/v1/projects/proj-1/drafts', { drafts }); // 3, 4, 5
    await lead('PUT', '/v1/projects/proj-1/drafts/d-1', {
      baseVersion: 1,
      draft: testDraft('d-1', REVISED_TEXT),
    }); // 6
    await lead('POST', '/v1/projects/proj-1/drafts/d-2/withdraw', { reason: 'duplicate' }); // 7
    await addTestDevice(hub.storage, hub.users.reviewer, 'device-r');
    decision = await testEvent({
      kind: 'escalate',
      payload: { reasonId: 'factual-error', note: '金額不符' },
      reviewerId: hub.users.reviewer.id,
      deviceId: 'device-r',
      deviceSeq: 1,
      draftId: 'd-3',
    });
    await hub.request('reviewer', {
      method: 'POST',
      url: '/v1/sync/push',
      payload: { deviceId: 'device-r', events: [decision] },
    }); // 8
  });
  afterAll(() => hub.close());

  const pull = async (query: string): Promise<PullResponse> => {
    const response = await hub.request('reviewer', { method: 'GET', url: `/v1/sync/pull${query}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    return pullResponseSchema.parse(response.json());
  };

  it('pages the log in seq order with nextCursor, hasMore and high, and ends on an empty page', async () => {
    const { hubId } = await hub.storage.read(readIdentity);
    const pages: PullResponse[] = [];
    let after = 0;
    for (let page = 0; page < 10; page += 1) {
      const answer = await pull(`?after=${after}&limit=3`);
      pages.push(answer);
      if (answer.records.length === 0) {
        break;
      }
      after = answer.nextCursor;
    }
    expect(
      pages.map(({ records, nextCursor, hasMore, high }) => ({
        seqs: records.map((record) => record.seq),
        nextCursor,
        hasMore,
        high,
      })),
    ).toEqual([
      { seqs: [1, 2, 3], nextCursor: 3, hasMore: true, high: 8 },
      { seqs: [4, 5, 6], nextCursor: 6, hasMore: true, high: 8 },
      { seqs: [7, 8], nextCursor: 8, hasMore: false, high: 8 },
      { seqs: [], nextCursor: 8, hasMore: false, high: 8 },
    ]);
    for (const page of pages) {
      expect(page).toMatchObject({ hubId, epoch: 1, deviceWatermark: null });
    }
    expect(await pull('?after=20')).toMatchObject({ records: [], nextCursor: 20, hasMore: false });
    expect((await pull('')).records.map((record) => record.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await pull('?after=8&deviceId=device-r')).deviceWatermark).toBe(1);
    expect((await pull('?after=8&deviceId=never-seen')).deviceWatermark).toBe(0);
  });

  it('carries every kind of record with what a client applies', async () => {
    const records = (await pull('')).records;
    const envelope = (seq: number, userId: string, projectId = 'proj-1') => ({
      seq,
      projectId,
      userId,
      receivedAt: NOW.toISOString(),
      recordId: expect.any(String) as string,
    });
    const lead = hub.users.lead.id;
    const draftOf = (id: string, text?: string) => draftInputSchema.parse(testDraft(id, text));
    const { settings } = testProject();
    expect(records).toEqual([
      {
        ...envelope(1, lead),
        kind: 'project.published',
        draftId: null,
        project: { projectId: 'proj-1', name: 'Support replies', settingsVersion: 1, settings },
      },
      {
        ...envelope(2, lead),
        kind: 'project.settings',
        draftId: null,
        name: 'Support replies',
        settingsVersion: 2,
        settings: { ...settings, guidelines: '# v2' },
      },
      ...['d-1', 'd-2', 'd-3'].map((id, index) => ({
        ...envelope(3 + index, lead),
        kind: 'draft.published',
        draftId: id,
        draftVersion: 1,
        draft: draftOf(id),
      })),
      {
        ...envelope(6, lead),
        kind: 'draft.revised',
        draftId: 'd-1',
        draftVersion: 2,
        draft: draftOf('d-1', REVISED_TEXT),
      },
      {
        ...envelope(7, lead),
        kind: 'draft.withdrawn',
        draftId: 'd-2',
        draftVersion: 1,
        reason: 'duplicate',
      },
      {
        ...envelope(8, hub.users.reviewer.id),
        recordId: decision.eventId,
        kind: 'decision',
        draftId: 'd-3',
        event: decision,
      },
    ]);
    expect(new Set(records.map((record) => record.recordId)).size).toBe(records.length);
  });

  it('answers /readyz with the engine, the schema version and high', async () => {
    const response = await hub.request('evaluator', { method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      engine: engine.name,
      schemaVersion: LATEST_SCHEMA_VERSION,
      high: 8,
    });
  });

  it('lists users and devices for an admin, never with a token, a token id or a hash', async () => {
    const gone = await addTestUser(hub.storage, 'gone', 'reviewer');
    await hub.storage.write((sql) => revokeUser(sql, gone.id, NOW.toISOString()));
    const users = await hub.request('admin', { method: 'GET', url: '/v1/admin/users' });
    const devices = await hub.request('admin', { method: 'GET', url: '/v1/admin/devices' });
    expect([users.statusCode, devices.statusCode]).toEqual([200, 200]);

    const secrets = (await hub.storage.read(listUsers)).flatMap((row) => [
      row.token_id,
      row.token_hash,
    ]);
    expect(secrets).toHaveLength(10);
    for (const secret of [...secrets, ...Object.values(hub.users).map((u) => u.token)]) {
      expect(users.body).not.toContain(secret);
      expect(devices.body).not.toContain(secret);
    }
    expect(users.body).not.toMatch(/token|hash/i);

    const listed = users.json<{ users: Record<string, unknown>[] }>().users;
    expect(listed).toHaveLength(5);
    for (const user of listed) {
      expect(Object.keys(user).sort()).toEqual(['createdAt', 'id', 'name', 'revokedAt', 'role']);
    }
    expect(listed).toContainEqual(expect.objectContaining({ id: hub.users.lead.id, role: 'lead' }));
    expect(listed).toContainEqual(
      expect.objectContaining({ id: gone.id, revokedAt: NOW.toISOString() }),
    );
    expect(devices.json()).toEqual({
      devices: [
        {
          deviceId: 'device-r',
          userId: hub.users.reviewer.id,
          userName: 'rita',
          label: null,
          watermark: 1,
          registeredAt: expect.any(String) as string,
          lastPushAt: NOW.toISOString(),
        },
      ],
    });
  });
});
