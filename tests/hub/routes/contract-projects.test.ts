/**
 * Contract of a lead's routes (issue 10 point 6; SYNC.md §1, §8; README "Routes"): publish a
 * project, revise its settings on a base version, publish, revise and withdraw drafts, list the
 * projects — each answer parsed with the schema of shared/sync/publish.ts, each retry answered
 * `unchanged` with the record that holds the content, each refusal a 409 that writes nothing.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readHigh, readIdentity } from '../../../hub/storage/queries/identity';
import type { DraftInputRaw } from '../../../shared/domain/draft-schema';
import {
  draftAnswerSchema,
  hubErrorSchema,
  projectAnswerSchema,
  projectSummarySchema,
  publishDraftsResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type LogRecord,
} from '../../../shared/sync';
import { z } from '../../../shared/validation/zod';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { addTestDevice, createTestHub, type TestHub } from '../support/test-hub';

const projectsResponseSchema = z.object({
  hubId: z.string().min(1),
  epoch: z.number().int().positive(),
  projects: z.array(projectSummarySchema),
});

describeEachEngine('project route contract', (engine) => {
  let hub: TestHub;
  beforeEach(async () => {
    hub = await createTestHub(await engine.fresh());
    const published = await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects',
      payload: testProject(),
    });
    expect(published.statusCode).toBe(201);
  });
  afterEach(() => hub.close());

  const send = (method: 'POST' | 'PUT', url: string, payload?: object) =>
    hub.request('lead', { method, url, ...(payload === undefined ? {} : { payload }) });
  const high = () => hub.storage.read(readHigh);
  /** Sends a request the hub must refuse with `status` and `error`, writing nothing. */
  const expectRefused = async (
    request: () => ReturnType<typeof send>,
    status: number,
    error: string,
  ) => {
    const before = await high();
    const response = await request();
    expect(response.statusCode).toBe(status);
    expect(hubErrorSchema.parse(response.json()).error).toBe(error);
    expect(await high()).toBe(before);
  };
  const publishDrafts = async (drafts: DraftInputRaw[]) => {
    const response = await send('POST', '/v1/projects/proj-1/drafts', { drafts });
    expect(response.statusCode).toBe(200);
    return publishDraftsResponseSchema.parse(response.json()).results;
  };
  const reviseDraft = (baseVersion: number, draft: DraftInputRaw, draftId = draft.id) =>
    send('PUT', `/v1/projects/proj-1/drafts/${draftId}`, { baseVersion, draft });
  const records = async (): Promise<LogRecord[]> =>
    pullResponseSchema.parse(
      (await hub.request('evaluator', { method: 'GET', url: '/v1/sync/pull' })).json(),
    ).records;

  it('publishes a project (201), answers the same publish 200 unchanged, and refuses a clash (409)', async () => {
    const project = testProject();
    const again = await send('POST', '/v1/projects', project);
    expect(again.statusCode).toBe(200);
    expect(projectAnswerSchema.parse(again.json())).toEqual({
      status: 'unchanged',
      seq: 1,
      project: {
        projectId: 'proj-1',
        name: project.name,
        settingsVersion: 1,
        settings: project.settings,
      },
    });

    const { projectId: _omitted, ...withoutId } = testProject('unused', 'Document summaries');
    const made = await send('POST', '/v1/projects', { ...withoutId, settingsVersion: 3 });
    expect(made.statusCode).toBe(201);
    const answer = projectAnswerSchema.parse(made.json());
    expect(answer).toMatchObject({ status: 'published', seq: 2, project: { settingsVersion: 3 } });
    expect(answer.project.projectId).not.toBe('proj-1');

    const changed = { ...project, settings: { ...project.settings, guidelines: 'Other.' } };
    await expectRefused(() => send('POST', '/v1/projects', changed), 409, 'project_exists');
    await expectRefused(
      () => send('POST', '/v1/projects', testProject('proj-2', project.name)),
      409,
      'name_taken',
    );
  });

  it('revises settings on their base version, answers a retry unchanged, refuses a stale base (409)', async () => {
    const { settings } = testProject();
    const revision = { baseVersion: 1, settings: { ...settings, guidelines: '# v2' } };
    const revise = (body: object) => send('PUT', '/v1/projects/proj-1/settings', body);
    const first = projectAnswerSchema.parse((await revise(revision)).json());
    expect(first).toEqual({
      status: 'revised',
      seq: 2,
      project: {
        projectId: 'proj-1',
        name: 'Support replies',
        settingsVersion: 2,
        settings: revision.settings,
      },
    });
    const retry = await revise(revision);
    expect(retry.statusCode).toBe(200);
    expect(projectAnswerSchema.parse(retry.json())).toEqual({ ...first, status: 'unchanged' });
    await expectRefused(
      () => revise({ baseVersion: 1, settings: { ...settings, guidelines: '# lost update' } }),
      409,
      'stale_version',
    );
    const renamed = projectAnswerSchema.parse(
      (await revise({ baseVersion: 2, settings: revision.settings, name: '客服回覆' })).json(),
    );
    expect(renamed).toMatchObject({ status: 'revised', seq: 3, project: { settingsVersion: 3 } });
    expect((await records()).filter((record) => record.kind === 'project.settings')).toEqual([
      expect.objectContaining({ seq: 2, name: 'Support replies', settingsVersion: 2 }),
      expect.objectContaining({ seq: 3, name: '客服回覆', settingsVersion: 3 }),
    ]);
  });

  it('publishes drafts per draft: published, unchanged with its seq, exists for other content', async () => {
    expect(await publishDrafts([testDraft('d-1'), testDraft('d-2')])).toEqual([
      { draftId: 'd-1', status: 'published', draftVersion: 1, seq: 2 },
      { draftId: 'd-2', status: 'published', draftVersion: 1, seq: 3 },
    ]);
    const again = [testDraft('d-1'), testDraft('d-3'), testDraft('d-2', 'changed text')];
    expect(await publishDrafts(again)).toEqual([
      { draftId: 'd-1', status: 'unchanged', draftVersion: 1, seq: 2 },
      { draftId: 'd-3', status: 'published', draftVersion: 1, seq: 4 },
      // published with other content: nothing written, the lead revises it instead
      { draftId: 'd-2', status: 'exists', draftVersion: 1, seq: 3 },
    ]);
    expect(await high()).toBe(4);
    const d2 = (await records()).find((record) => record.draftId === 'd-2');
    expect(d2?.kind === 'draft.published' && d2.draft.draft).toBe(testDraft('d-2').draft);
    await expectRefused(
      () =>
        send('POST', '/v1/projects/proj-1/drafts', {
          drafts: [testDraft('d-9'), testDraft('d-9')],
        }),
      400,
      'duplicate_draft_id',
    );
  });

  it('revises a draft on its base version, answers a retry unchanged, refuses a stale base (409)', async () => {
    await publishDrafts([testDraft('d-1')]);
    const revised = testDraft('d-1', '退款 NT$1,280 已於 12 月 3 日處理。');
    const first = await reviseDraft(1, revised);
    expect(first.statusCode).toBe(200);
    expect(draftAnswerSchema.parse(first.json())).toEqual({
      draftId: 'd-1',
      status: 'revised',
      draftVersion: 2,
      seq: 3,
    });
    const retry = await reviseDraft(1, revised);
    expect(draftAnswerSchema.parse(retry.json())).toEqual({
      draftId: 'd-1',
      status: 'unchanged',
      draftVersion: 2,
      seq: 3,
    });
    await expectRefused(
      () => reviseDraft(1, testDraft('d-1', 'lost update')),
      409,
      'stale_version',
    );
    await expectRefused(() => reviseDraft(2, testDraft('d-2'), 'd-1'), 400, 'id_mismatch');
    const record = (await records()).find((r) => r.seq === 3);
    expect(record).toMatchObject({ kind: 'draft.revised', draftId: 'd-1', draftVersion: 2 });
    expect(record?.kind === 'draft.revised' && record.draft.draft).toBe(revised.draft);
  });

  it('withdraws a draft once, answers again unchanged, refuses to revise it, and keeps its decisions', async () => {
    await publishDrafts([testDraft('d-1'), testDraft('d-2')]);
    await addTestDevice(hub.storage, hub.users.reviewer, 'device-r');
    const decide = async (deviceSeq: number) => {
      const event = await testEvent({
        kind: 'approve',
        payload: {},
        reviewerId: hub.users.reviewer.id,
        deviceId: 'device-r',
        deviceSeq,
      });
      const response = await hub.request('reviewer', {
        method: 'POST',
        url: '/v1/sync/push',
        payload: { deviceId: 'device-r', events: [event] },
      });
      return pushResponseSchema.parse(response.json()).results[0];
    };
    expect(await decide(1)).toMatchObject({ status: 'accepted', seq: 4 });

    const withdraw = (draftId: string, body?: object) =>
      send('POST', `/v1/projects/proj-1/drafts/${draftId}/withdraw`, body);
    const first = await withdraw('d-1', { reason: 'duplicate ticket' });
    expect(first.statusCode).toBe(200);
    const answer = { draftId: 'd-1', status: 'withdrawn', draftVersion: 1, seq: 5 };
    expect(draftAnswerSchema.parse(first.json())).toEqual(answer);
    expect(draftAnswerSchema.parse((await withdraw('d-1')).json())).toEqual({
      ...answer,
      status: 'unchanged',
    });
    expect(draftAnswerSchema.parse((await withdraw('d-2')).json())).toMatchObject({
      status: 'withdrawn',
      seq: 6,
    });
    await expectRefused(() => reviseDraft(1, testDraft('d-1', 'too late')), 409, 'withdrawn');
    // a decision made offline before the withdrawal arrived is still kept
    expect(await decide(2)).toMatchObject({ status: 'accepted', seq: 7 });

    const log = await records();
    expect(log.map((record) => record.kind)).toEqual([
      'project.published',
      'draft.published',
      'draft.published',
      'decision',
      'draft.withdrawn',
      'draft.withdrawn',
      'decision',
    ]);
    expect(log[4]).toMatchObject({ draftId: 'd-1', draftVersion: 1, reason: 'duplicate ticket' });
    expect(log[5]).not.toHaveProperty('reason');
  });

  it('lists every project with its settings in force and its draft counts', async () => {
    await publishDrafts([testDraft('d-1'), testDraft('d-2'), testDraft('d-3')]);
    await send('POST', '/v1/projects/proj-1/drafts/d-2/withdraw');
    const other = testProject('proj-2', 'Document summaries');
    await send('POST', '/v1/projects', other);
    const guidelines = '# Guidelines v2';
    await send('PUT', '/v1/projects/proj-2/settings', {
      baseVersion: 1,
      settings: { ...other.settings, guidelines },
    });

    const response = await hub.request('evaluator', { method: 'GET', url: '/v1/projects' });
    expect(response.statusCode).toBe(200);
    const listed = projectsResponseSchema.parse(response.json());
    expect(listed.hubId).toBe((await hub.storage.read(readIdentity)).hubId);
    expect(listed.projects).toEqual([
      {
        projectId: 'proj-2',
        name: 'Document summaries',
        settingsVersion: 2,
        settings: { ...other.settings, guidelines },
        drafts: 0,
        withdrawn: 0,
      },
      {
        projectId: 'proj-1',
        name: 'Support replies',
        settingsVersion: 1,
        settings: testProject().settings,
        drafts: 3,
        withdrawn: 1,
      },
    ]);
  });
});
