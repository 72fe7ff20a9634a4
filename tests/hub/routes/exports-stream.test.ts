/**
 * The export route streams (issue 13 point 5): over real HTTP, a client that stops reading
 * holds the hub back — it has read only some pages of drafts, not the whole set — and a
 * client that hangs up mid-file ends the export without harming the next one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftInputSchema } from '../../../shared/domain/draft-schema';
import { createUlidGenerator } from '../../../shared/ids/ulid';
import type { ExportManifest } from '../../../shared/export';
import { EXPORT_PAGE_SIZE } from '../../../hub/export/export-items';
import { publishDrafts } from '../../../hub/log/publish-drafts';
import { publishProject } from '../../../hub/log/publish-project';
import { StorageBusyError, type HubStorage } from '../../../hub/storage/storage';
import { testDraft, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { createTestHub, type TestHub } from '../support/test-hub';

const DRAFTS = 8_000;
const PAGES = Math.ceil(DRAFTS / EXPORT_PAGE_SIZE);
/** ~2 KB of text a draft: about 20 MB of JSON Lines, far beyond any socket buffer. */
const FILLER = '這是一段很長的草稿內容，用來讓匯出的檔案夠大。'.repeat(40);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachEngine('a streamed export', (engine) => {
  let hub: TestHub;
  let url: string;
  let reads = 0;
  /** Reads after this many fail as a busy database would. */
  let failAfter = Number.POSITIVE_INFINITY;

  beforeAll(async () => {
    const storage = await engine.fresh();
    const counting: HubStorage = {
      ...storage,
      read: (work) => {
        reads += 1;
        if (reads > failAfter) {
          return Promise.reject(new StorageBusyError('the database is busy'));
        }
        return storage.read(work);
      },
    };
    hub = await createTestHub(counting);
    const newId = createUlidGenerator();
    const writer = { userId: hub.users.lead.id, now: new Date().toISOString(), newId };
    await storage.write((sql) => publishProject(sql, writer, testProject()));
    for (let from = 0; from < DRAFTS; from += 1_000) {
      const drafts = Array.from({ length: 1_000 }, (_, index) =>
        draftInputSchema.parse(
          testDraft(`d-${String(from + index).padStart(5, '0')}`, `${FILLER} ${from + index}`),
        ),
      );
      await storage.write((sql) => publishDrafts(sql, writer, 'proj-1', drafts));
    }
    url = await hub.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => hub.close());

  const open = (path: string, signal?: AbortSignal) =>
    fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${hub.users.evaluator.token}` },
      ...(signal !== undefined ? { signal } : {}),
    });

  it('reads pages only as fast as the client takes the bytes', async () => {
    const manifest = (await (
      await open('/v1/exports/loupe/manifest?all')
    ).json()) as ExportManifest;
    const file = manifest.files[0];
    expect(manifest.counts.records).toBe(DRAFTS);
    expect(file?.bytes).toBeGreaterThan(16_000_000);

    reads = 0;
    const response = await open(
      `/v1/exports/loupe?all&upTo=${manifest.source.kind === 'hub' ? manifest.source.seq : 0}`,
    );
    const reader = response.body?.getReader();
    if (reader === undefined) {
      throw new Error('no body');
    }
    let bytes = (await reader.read()).value?.byteLength ?? 0;
    await pause(500); // the client stops reading: the hub must stop too
    const readsWhilePaused = reads;
    expect(readsWhilePaused).toBeLessThan(PAGES / 2);
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        break;
      }
      bytes += next.value.byteLength;
    }
    expect(bytes).toBe(file?.bytes);
    expect(reads).toBeGreaterThanOrEqual(PAGES);
  });

  it('ends the export when the client hangs up, and answers the next request in full', async () => {
    const controller = new AbortController();
    const response = await open('/v1/exports/loupe?all', controller.signal);
    const reader = response.body?.getReader();
    await reader?.read();
    controller.abort();
    await pause(200);
    const readsAfterHangUp = reads;
    await pause(300);
    expect(reads).toBe(readsAfterHangUp); // nothing more is read for a client that is gone

    const next = await open('/v1/exports/sft');
    expect(next.status).toBe(200);
    expect(await next.text()).toBe(''); // no decisions: nothing is gold
  });

  it('answers 503, not a cut 200, when the database fails before the first byte', async () => {
    reads = 0;
    failAfter = 1; // the snapshot is read, the first page is not
    try {
      const response = await open('/v1/exports/loupe?all');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(((await response.json()) as { error: string }).error).toBe('unavailable');
    } finally {
      failAfter = Number.POSITIVE_INFINITY;
    }
  });
});
