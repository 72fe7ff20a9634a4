/**
 * `GET /v1/exports/:format` and its manifest (issue 13 point 5), on both engines: who may pull,
 * that the streamed bytes are the shared writers' bytes for the same drafts and events, that
 * they repeat byte for byte, that split files match the manifest's hashes, that `after` and
 * `upTo` pick the right drafts, and that a bad query is refused with its parameter named.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportManifest } from '../../../shared/export';
import { EXPORT_FORMATS } from '../../../shared/export';
import { testEvent } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import {
  EDITED_ZH,
  EMOJI_ID,
  EXPORT_PROJECT,
  EXPORT_PROJECT_ID,
  TILDE_ID,
  expectedFiles,
  expectedItems,
  seedExport,
  type SeededExport,
} from '../support/export-seed';
import { createTestHub, type TestHub } from '../support/test-hub';

const QUESTION_EXTRA = {
  id: 'extra',
  kind: 'text',
  label: { en: 'Extra', 'zh-TW': '其他' },
  required: false,
} as const;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describeEachEngine('exports API', (engine) => {
  let hub: TestHub;
  let seeded: SeededExport;
  let seq: number;
  const logLines: string[] = [];
  let names: Record<string, string>;

  const get = (url: string, role: 'evaluator' | 'lead' | 'admin' | 'reviewer' = 'evaluator') =>
    hub.request(role, { method: 'GET', url });

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    hub = await createTestHub(await engine.fresh(), { logger: { level: 'info', stream } });
    const as =
      (role: 'lead' | 'reviewer') =>
      async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
        const response = await hub.request(role, {
          method,
          url,
          ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
        });
        return { status: response.statusCode, body: response.json<unknown>() };
      };
    seeded = await seedExport(as('lead'), as('reviewer'), hub.users.reviewer.id);
    const hello = await get('/v1/sync/hello');
    seq = hello.json<{ high: number }>().high;
    names = Object.fromEntries(Object.values(hub.users).map((user) => [user.id, user.name]));
  });
  afterAll(() => hub.close());

  it('lets evaluators, leads and admins pull, and tells a reviewer why not', async () => {
    for (const role of ['evaluator', 'lead', 'admin'] as const) {
      expect((await get('/v1/exports/loupe', role)).statusCode, role).toBe(200);
    }
    const refused = await get('/v1/exports/loupe', 'reviewer');
    expect(refused.statusCode).toBe(403);
    const reason = refused.json<{ error: string; message: string }>();
    expect(reason.error).toBe('forbidden');
    expect(reason.message).toMatch(/reviewer/);
    const manifest = await get('/v1/exports/loupe/manifest', 'reviewer');
    expect(manifest.statusCode).toBe(403);
  });

  it('streams the shared writer’s bytes, in UTF-16 order, the same on a second request', async () => {
    const first = await get('/v1/exports/loupe');
    expect(first.headers['content-type']).toBe('application/x-ndjson');
    expect(first.headers['content-disposition']).toBe('attachment; filename="data.jsonl"');
    expect(first.headers['x-loupe-export-seq']).toBe(String(seq));
    const expected = await expectedFiles(expectedItems(seeded.drafts, seeded.events), {
      format: 'loupe',
      seq,
      names,
    });
    expect(first.rawPayload.equals(expected.files.get('data.jsonl') ?? Buffer.alloc(0))).toBe(true);

    const records = first.body
      .trimEnd()
      .split('\n')
      .map(
        (line) => JSON.parse(line) as { id: string; final: string; reviewers: { name: string }[] },
      );
    // gold only by default: the escalated and the pending draft are left out
    expect(records.map((record) => record.id)).toEqual(['d-a', 'd-中文', EMOJI_ID]);
    expect(records[1]?.final).toBe(EDITED_ZH);
    expect(records[0]?.reviewers[0]?.name).toBe(hub.users.reviewer.name);

    const everything = await get('/v1/exports/loupe?all');
    const ids = everything.body
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    // U+1F600 is a surrogate pair (0xD83D…), below U+FF5E in UTF-16, above it in UTF-8
    expect(ids).toEqual(['d-a', 'd-b', 'd-中文', EMOJI_ID, TILDE_ID]);

    const second = await get('/v1/exports/loupe');
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('gives a manifest whose hashes and sizes are those of the split files', async () => {
    const query = 'split=0.5&salt=s1';
    const answer = await get(`/v1/exports/loupe/manifest?${query}&all`);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['x-loupe-export-seq']).toBe(String(seq));
    const manifest = answer.json<ExportManifest>();
    expect(manifest.source).toEqual({ kind: 'hub', seq });
    expect(manifest.files.map((file) => file.name)).toEqual(['test.jsonl', 'train.jsonl']);
    expect(manifest.counts.records).toBe(5);
    expect((manifest.counts.bySplit?.train ?? 0) + (manifest.counts.bySplit?.test ?? 0)).toBe(5);
    for (const file of manifest.files) {
      const split = file.name.split('.')[0];
      const data = await get(`/v1/exports/loupe?${query}&all&file=${split}&upTo=${seq}`);
      expect(data.statusCode).toBe(200);
      expect(data.headers['content-disposition']).toContain(file.name);
      expect({ bytes: data.rawPayload.byteLength, sha256: sha256(data.rawPayload) }).toEqual({
        bytes: file.bytes,
        sha256: file.sha256,
      });
    }
    const expected = await expectedFiles(expectedItems(seeded.drafts, seeded.events), {
      format: 'loupe',
      filters: { includeAll: true },
      split: { testRatio: 0.5, salt: 's1' },
      seq,
      names,
    });
    expect(manifest.files).toEqual(expected.manifest.files);
    expect(manifest.counts).toEqual(expected.manifest.counts);
  });

  it('counts what each format leaves out, and sends CSV and Parquet with their types', async () => {
    const dpo = (await get('/v1/exports/dpo/manifest')).json<ExportManifest>();
    expect(dpo.counts.records).toBe(2);
    expect(dpo.excluded).toMatchObject({ escalated: 1, pending: 1, 'not-applicable': 1 });

    const edited = (await get('/v1/exports/loupe/manifest?decision=edited')).json<ExportManifest>();
    expect(edited.counts.records).toBe(2);
    expect(edited.excluded.filtered).toBe(3); // counted as the app's export counts them
    expect(edited.query).toBe('decision=edited');

    const csv = await get('/v1/exports/csv?decision=edited');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain('labels.tone');
    expect(csv.body).toContain(EDITED_ZH);
    const parquet = await get('/v1/exports/parquet');
    expect(parquet.headers['content-type']).toBe('application/vnd.apache.parquet');
    expect(parquet.rawPayload.subarray(0, 4).toString()).toBe('PAR1');
    expect(parquet.rawPayload.subarray(-4).toString()).toBe('PAR1');
    const expected = await expectedFiles(expectedItems(seeded.drafts, seeded.events), {
      format: 'parquet',
      seq,
      names,
    });
    expect(parquet.rawPayload.equals(expected.files.get('data.parquet') ?? Buffer.alloc(0))).toBe(
      true,
    );
  });

  it('refuses bad parameters with the parameter named, and an unknown format with the list', async () => {
    const cases: [string, string][] = [
      ['decision=maybe', 'decision'],
      ['split=1.5', 'split'],
      ['split=0.1', 'file'],
      ['file=train', 'file'],
      ['salt=x', 'salt'],
      ['after=-1', 'after'],
      [`upTo=${seq + 100}`, 'upTo'],
      ['after=5&upTo=3', 'after'],
      ['colour=red', 'colour'],
      ['from=2026-02-30', 'from'],
    ];
    for (const [query, parameter] of cases) {
      const answer = await get(`/v1/exports/loupe?${query}`);
      expect(answer.statusCode, query).toBe(400);
      const body = answer.json<{ issues: { path: string; message: string }[] }>();
      expect(body.issues[0]?.path, query).toBe(parameter);
    }
    const unknown = await get('/v1/exports/xlsx');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ message: string }>().message).toContain(EXPORT_FORMATS.join(', '));
  });

  describe('after a decision, a revision, a settings change and a withdrawal', () => {
    let before: Buffer;
    let beforeCsv: Buffer;
    beforeAll(async () => {
      before = (await get('/v1/exports/loupe?all')).rawPayload;
      beforeCsv = (await get('/v1/exports/csv?all')).rawPayload;
      const approve = await testEvent({
        kind: 'approve',
        payload: {},
        reviewerId: hub.users.reviewer.id,
        deviceId: 'device-export',
        deviceSeq: 5,
        projectId: EXPORT_PROJECT_ID,
        draftId: 'd-b',
      });
      const writes = [
        await hub.request('reviewer', {
          method: 'POST',
          url: '/v1/sync/push',
          payload: { deviceId: 'device-export', events: [approve] },
        }),
        await hub.request('lead', {
          method: 'PUT',
          url: '/v1/projects/proj-x/drafts/d-a',
          payload: { baseVersion: 1, draft: { ...seeded.drafts[0], draft: '新版本的草稿' } },
        }),
        await hub.request('lead', {
          method: 'PUT',
          url: '/v1/projects/proj-x/settings',
          payload: {
            baseVersion: 1,
            settings: {
              ...EXPORT_PROJECT.settings,
              rubric: { questions: [{ ...QUESTION_EXTRA }] },
            },
          },
        }),
        await hub.request('lead', {
          method: 'POST',
          url: `/v1/projects/proj-x/drafts/${encodeURIComponent(EMOJI_ID)}/withdraw`,
          payload: {},
        }),
      ];
      expect(writes.map((write) => write.statusCode)).toEqual([200, 200, 200, 200]);
    });

    it('sends only the drafts whose decisions or content changed after SEQ', async () => {
      const answer = await get(`/v1/exports/loupe?all&after=${seq}`);
      expect(answer.headers['x-loupe-export-seq']).toBe(String(seq + 4));
      const records = answer.body
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; original: string; decision: string });
      // the withdrawn draft is no longer part of the set
      expect(records.map((record) => [record.id, record.decision])).toEqual([
        ['d-a', 'approved'],
        ['d-b', 'approved'],
      ]);
      expect(records[0]?.original).toBe('新版本的草稿');
      const manifest = (
        await get(`/v1/exports/loupe/manifest?all&after=${seq}`)
      ).json<ExportManifest>();
      expect(manifest.source).toEqual({ kind: 'hub', seq: seq + 4, after: seq });
      expect(manifest.counts.byDecision.approved).toBe(2);
      expect((await get(`/v1/exports/loupe?after=${seq + 4}`)).body).toBe('');
    });

    it('gives the earlier set byte for byte with upTo=SEQ, rubric columns included', async () => {
      const again = await get(`/v1/exports/loupe?all&upTo=${seq}`);
      expect(again.rawPayload.equals(before)).toBe(true);
      const csv = await get(`/v1/exports/csv?all&upTo=${seq}`);
      expect(csv.rawPayload.equals(beforeCsv)).toBe(true);
      expect((await get('/v1/exports/csv?all')).body).toContain('labels.extra');
    });
  });

  it('logs neither a token nor a draft’s text', () => {
    const log = logLines.join('');
    expect(log).toContain('/v1/exports/loupe');
    for (const user of Object.values(hub.users)) {
      expect(log).not.toContain(user.token);
    }
    expect(log).not.toContain(EDITED_ZH);
    expect(log).not.toContain('退款已處理');
  });
});
