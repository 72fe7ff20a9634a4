/**
 * Reading an export's drafts ahead (hub/export/export-items.ts): pages come out in export order
 * with their drafts' decisions whatever order the reads finish in, at most a few pages are read
 * ahead of the one being written, and a page that fails while earlier ones are still being
 * written ends the export with its error at its turn — never as an unhandled rejection (which
 * would take the hub down).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftInputSchema } from '../../../shared/domain/draft-schema';
import { createUlidGenerator } from '../../../shared/ids/ulid';
import { EXPORT_PAGES_AHEAD, exportItems } from '../../../hub/export/export-items';
import { metricsThread } from '../../../hub/export/metrics-thread';
import { readExportSnapshot, type ExportSnapshot } from '../../../hub/export/export-snapshot';
import { publishDrafts } from '../../../hub/log/publish-drafts';
import { publishProject } from '../../../hub/log/publish-project';
import { StorageBusyError, type HubStorage } from '../../../hub/storage/storage';
import { testDraft, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';

const DRAFTS = 23;
const PAGE = 2; // twelve pages

describeEachEngine('reading an export ahead', (engine) => {
  let storage: HubStorage;
  let snapshot: ExportSnapshot;
  let reads = 0;
  let failAt = Number.POSITIVE_INFINITY;
  let counting: HubStorage;

  beforeAll(async () => {
    storage = await engine.fresh();
    const writer = {
      userId: 'lead-1',
      now: new Date().toISOString(),
      newId: createUlidGenerator(),
    };
    await storage.write((sql) => publishProject(sql, writer, testProject()));
    const drafts = Array.from({ length: DRAFTS }, (_, index) =>
      draftInputSchema.parse(testDraft(`d-${String(index).padStart(3, '0')}`, `草稿 ${index}`)),
    );
    await storage.write((sql) => publishDrafts(sql, writer, 'proj-1', drafts));
    snapshot = await storage.read((sql) => readExportSnapshot(sql, {}));
    counting = {
      ...storage,
      read: (work) => {
        reads += 1;
        return reads === failAt
          ? Promise.reject(new StorageBusyError('the database is busy'))
          : storage.read(work);
      },
    };
  });
  afterAll(() => storage.close());

  it('gives every draft once, in export order, reading only a few pages ahead', async () => {
    reads = 0;
    const seen: string[] = [];
    const readsWhenSeen: number[] = [];
    for await (const item of exportItems(counting, snapshot, PAGE, metricsThread())) {
      seen.push(item.draft.id);
      readsWhenSeen.push(reads);
    }
    expect(seen).toEqual(snapshot.keys.map((key) => key.draftId));
    expect(new Set(seen).size).toBe(DRAFTS);
    // When the first draft is handed out, the first page and those ahead of it have been asked for.
    expect(readsWhenSeen[0]).toBe(1 + EXPORT_PAGES_AHEAD);
    readsWhenSeen.forEach((count, at) => {
      expect(count).toBeLessThanOrEqual(Math.floor(at / PAGE) + 1 + EXPORT_PAGES_AHEAD);
    });
  });

  it('ends with the failed page’s error at its turn, after the pages before it', async () => {
    reads = 0;
    failAt = 4; // the fourth page, read ahead while the first is being written
    const seen: string[] = [];
    try {
      await expect(
        (async () => {
          for await (const item of exportItems(counting, snapshot, PAGE, metricsThread())) {
            seen.push(item.draft.id);
            await new Promise((resolve) => setTimeout(resolve, 5)); // a slow client
          }
        })(),
      ).rejects.toThrow(StorageBusyError);
    } finally {
      failAt = Number.POSITIVE_INFINITY;
    }
    expect(seen).toEqual(snapshot.keys.slice(0, 3 * PAGE).map((key) => key.draftId));
  });
});
