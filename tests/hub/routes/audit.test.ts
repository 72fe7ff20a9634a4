/**
 * `GET /v1/audit` (issue 14 point 7), on both engines: only leads and admins may read it; pages
 * follow `seq` with no row missing or repeated, even while decisions keep arriving; `project`
 * and `draft` narrow it; each row says who, when, from which device, under which guideline
 * version and on which model version; and a bad query is answered 400 naming the parameter.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage, AuditRow } from '../../../shared/audit';
import { auditPageSchema } from '../../../shared/audit';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { createTestHub, type TestHub } from '../support/test-hub';

const DEVICE = 'device-audit';

describeEachEngine('audit API', (engine) => {
  let hub: TestHub;
  let deviceSeq = 0;
  const pushed: DecisionEvent[] = [];

  const send = async (
    role: 'lead' | 'reviewer',
    method: 'POST' | 'PUT',
    url: string,
    payload: object,
  ) => {
    const response = await hub.request(role, {
      method,
      url,
      payload,
    });
    if (response.statusCode >= 300) {
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    }
  };

  /** `count` approvals by the reviewer on drafts of `projectId`, pushed in one request. */
  const decide = async (
    projectId: string,
    draftIds: readonly string[],
    extra: Partial<DecisionEvent> = {},
  ) => {
    const events: DecisionEvent[] = [];
    for (const draftId of draftIds) {
      deviceSeq += 1;
      events.push({
        ...(await testEvent({
          kind: 'approve',
          payload: {},
          reviewerId: hub.users.reviewer.id,
          deviceId: DEVICE,
          deviceSeq,
          projectId,
          draftId,
        })),
        ...extra,
      });
    }
    await send('reviewer', 'POST', '/v1/sync/push', { deviceId: DEVICE, events });
    pushed.push(...events);
  };

  const page = async (query: string, role: 'lead' | 'admin' = 'lead') => {
    const response = await hub.request(role, { method: 'GET', url: `/v1/audit?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    return auditPageSchema.parse(response.json()) as AuditPage & { rows: AuditRow[] };
  };

  /** Every row, page after page, following `nextCursor`. */
  const readAll = async (query: string, limit: number) => {
    const rows: AuditRow[] = [];
    let after = 0;
    for (let pages = 0; pages < 100; pages += 1) {
      const answer = await page(`after=${after}&limit=${limit}${query}`);
      expect(answer.rows.length).toBeLessThanOrEqual(limit);
      rows.push(...answer.rows);
      after = answer.nextCursor;
      if (!answer.hasMore) {
        return rows;
      }
    }
    throw new Error('the pages never ended');
  };

  beforeAll(async () => {
    hub = await createTestHub(await engine.fresh());
    await send('lead', 'POST', '/v1/projects', testProject('proj-1'));
    await send('lead', 'POST', '/v1/projects', testProject('proj-2', 'Billing'));
    const drafts = Array.from({ length: 6 }, (_, n) => testDraft(`d-${n}`));
    await send('lead', 'POST', '/v1/projects/proj-1/drafts', { drafts });
    await send('lead', 'POST', '/v1/projects/proj-2/drafts', { drafts: drafts.slice(0, 2) });
    await send('reviewer', 'POST', '/v1/devices', { deviceId: DEVICE });
    await decide('proj-1', ['d-0', 'd-1', 'd-2']);
    await decide('proj-2', ['d-0']);
    // d-0 of proj-1 gets a new model version; one decision is made on that version.
    await send('lead', 'PUT', '/v1/projects/proj-1/drafts/d-0', {
      baseVersion: 1,
      draft: { ...testDraft('d-0', 'revised'), model: { name: 'gpt-y', version: '2026-12' } },
    });
    await decide('proj-1', ['d-0'], { draftVersion: 2 });
    await decide('proj-1', ['d-3', 'd-4', 'd-5']);
    await decide('proj-2', ['d-1', 'd-0']);
    deviceSeq += 1;
    const escalation = await testEvent({
      kind: 'escalate',
      payload: { reasonId: 'factual-error', note: '=金額不對' },
      reviewerId: hub.users.reviewer.id,
      deviceId: DEVICE,
      deviceSeq,
      projectId: 'proj-1',
      draftId: 'd-5',
    });
    await send('reviewer', 'POST', '/v1/sync/push', { deviceId: DEVICE, events: [escalation] });
    pushed.push(escalation);
  });
  afterAll(() => hub.close());

  it('answers leads and admins, and refuses reviewers and evaluators with 403', async () => {
    expect((await page('', 'admin')).rows.length).toBe(pushed.length);
    for (const role of ['reviewer', 'evaluator'] as const) {
      const refused = await hub.request(role, { method: 'GET', url: '/v1/audit' });
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json()).toMatchObject({ error: 'forbidden' });
      expect(refused.body).not.toContain('eventId');
    }
    expect((await hub.request(null, { method: 'GET', url: '/v1/audit' })).statusCode).toBe(401);
  });

  it('pages by seq with every decision once, in order, whatever the page size', async () => {
    const ids = pushed.map((event) => event.eventId);
    for (const limit of [1, 2, 3, 5, 1000]) {
      const rows = await readAll('', limit);
      expect(
        rows.map((row) => row.eventId),
        `limit ${limit}`,
      ).toEqual(ids);
      const seqs = rows.map((row) => row.seq ?? 0);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(seqs.length);
    }
  });

  it('resumes from a cursor without a gap when decisions arrive between pages', async () => {
    const first = await page('after=0&limit=4');
    expect(first.hasMore).toBe(true);
    const before = pushed.length;
    await decide('proj-1', ['d-1', 'd-2']);
    const rest = await readAll('', 1000).then((rows) =>
      rows.filter((row) => (row.seq ?? 0) > first.nextCursor),
    );
    const resumed: AuditRow[] = [];
    let after = first.nextCursor;
    for (;;) {
      const next = await page(`after=${after}&limit=4`);
      resumed.push(...next.rows);
      after = next.nextCursor;
      if (!next.hasMore) {
        break;
      }
    }
    expect([...first.rows, ...resumed].map((row) => row.eventId)).toEqual(
      pushed.map((event) => event.eventId),
    );
    expect(resumed).toEqual(rest);
    expect(pushed.length).toBe(before + 2);
  });

  it('ends a short page at high, and a page past the end is empty', async () => {
    const all = await page('after=0&limit=1000');
    expect(all.hasMore).toBe(false);
    expect(all.nextCursor).toBe(all.high);
    const past = await page(`after=${all.high + 50}`);
    expect(past.rows).toEqual([]);
    expect(past.hasMore).toBe(false);
    expect(past.nextCursor).toBe(all.high + 50);
  });

  it('narrows to a project, and to one draft of it', async () => {
    const proj2 = await readAll('&project=proj-2', 2);
    expect(proj2.map((row) => row.eventId)).toEqual(
      pushed.filter((event) => event.projectId === 'proj-2').map((event) => event.eventId),
    );
    const d0 = await readAll('&project=proj-1&draft=d-0', 1);
    expect(d0.map((row) => [row.projectId, row.draftId])).toEqual([
      ['proj-1', 'd-0'],
      ['proj-1', 'd-0'],
    ]);
    expect((await page('project=nowhere')).rows).toEqual([]);
  });

  it('says who, when, from which device, under which guideline and model version', async () => {
    const rows = await readAll('&project=proj-1&draft=d-0', 10);
    const [onFirst, onRevised] = rows;
    const event = pushed.find((e) => e.eventId === onFirst?.eventId);
    expect(onFirst).toMatchObject({
      kind: 'approve',
      reviewerId: hub.users.reviewer.id,
      reviewerName: hub.users.reviewer.name,
      deviceId: DEVICE,
      deviceSeq: event?.deviceSeq,
      clientTime: event?.clientTime,
      guidelinesVersion: 1,
      modelName: 'gpt-x',
      modelVersion: '2026-11',
      draftVersion: null,
      verdict: 'approve',
      parents: [],
    });
    expect(Date.parse(onFirst?.receivedAt ?? '')).not.toBeNaN();
    expect(onRevised).toMatchObject({
      modelName: 'gpt-y',
      modelVersion: '2026-12',
      draftVersion: 2,
    });
  });

  it('streams a page longer than one read batch whole, and continues after it', async () => {
    for (let n = 0; n < 3; n += 1) {
      await decide(
        'proj-1',
        Array.from({ length: 150 }, (_, i) => `d-${i % 6}`),
      );
    }
    const ids = pushed.map((event) => event.eventId);
    const whole = await page('after=0&limit=1000');
    expect(whole.rows.map((row) => row.eventId)).toEqual(ids);
    const first = await page('after=0&limit=401');
    expect(first.rows.map((row) => row.eventId)).toEqual(ids.slice(0, 401));
    expect(first.nextCursor).toBe(first.rows.at(-1)?.seq);
    expect(first.hasMore).toBe(true);
    const second = await page(`after=${first.nextCursor}&limit=1000`);
    expect(second.rows.map((row) => row.eventId)).toEqual(ids.slice(401));
  });

  it('carries an escalation’s reason and note verbatim (JSON needs no neutralising)', async () => {
    const rows = await readAll('&project=proj-1&draft=d-5', 10);
    expect(rows.find((row) => row.kind === 'escalate')).toMatchObject({
      verdict: 'escalate',
      reasonId: 'factual-error',
      note: '=金額不對',
    });
  });

  it('answers a bad query 400, naming the parameter', async () => {
    const cases: [string, string][] = [
      ['after=-1', 'after'],
      ['after=abc', 'after'],
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['limit=2.5', 'limit'],
      ['draft=d-0', 'draft'],
      ['after=1&after=2', 'after'],
      ['project=', 'project'],
      ['colour=red', 'colour'],
    ];
    for (const [query, parameter] of cases) {
      const response = await hub.request('lead', { method: 'GET', url: `/v1/audit?${query}` });
      expect(response.statusCode, query).toBe(400);
      const body = response.json<{ error: string; message: string }>();
      expect(body.error, query).toBe('invalid_request');
      expect(body.message, query).toContain(parameter);
    }
  });
});
