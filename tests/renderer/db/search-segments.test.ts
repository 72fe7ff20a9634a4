/**
 * The queue search's stored texts (schema v9, search-segment-row.ts) follow every write of a
 * draft's text: import batches, the demo queue and other direct writes, drafts pulled from the
 * hub, and drafts an import's undo removes. What the search worker reads back is each draft's
 * latest folded text, so a search right after opening a project finds what the drafts hold.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftSearchText } from '../../../renderer/db/draft-search-text';
import type { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { recordDecision } from '../../../renderer/db/repositories/decisions-repository';
import { addMissingDrafts, putDrafts } from '../../../renderer/db/repositories/drafts-repository';
import {
  removeImportedDrafts,
  startImportJob,
} from '../../../renderer/db/repositories/import-jobs-repository';
import { writeImportBatch } from '../../../renderer/db/repositories/import-repository';
import { setMeta } from '../../../renderer/db/repositories/meta-repository';
import { applyPullPage } from '../../../renderer/db/repositories/pull-repository';
import { storedSearchTexts } from '../../../renderer/stores/queue/search-index-sources';
import { searchNeedle } from '../../../renderer/stores/queue/draft-search';
import { decision } from './decision-fixture';
import {
  AT,
  HUB_ID,
  draftInput,
  draftPublished,
  draftRevised,
  draftRow,
  draftWithdrawn,
  dropTestDatabase,
  hubProject,
  openTestDatabase,
  projectPublished,
} from './sync-fixture';

let db: LoupeDatabase;

beforeEach(async () => {
  db = await openTestDatabase('search-segments');
  await setMeta(db, 'deviceId', 'dev1');
});
afterEach(async () => {
  await dropTestDatabase(db);
});

/** Each draft's stored text as the search reads it (a later segment's replaces an earlier). */
async function stored(projectId: string): Promise<Map<string, string | null>> {
  const texts = new Map<string, string | null>();
  for await (const batch of storedSearchTexts(db, projectId)) {
    batch.texts.forEach(([id, text]) => texts.set(id, text));
  }
  return texts;
}

async function storedDrafts(projectId: string) {
  return db.drafts
    .where('[projectId+id]')
    .between([projectId, ''], [projectId, '\uffff'])
    .toArray();
}

/** Every draft of the project has its text stored, as folded from the draft itself. */
async function expectInStep(projectId: string) {
  const texts = await stored(projectId);
  const drafts = await storedDrafts(projectId);
  expect(drafts.length).toBeGreaterThan(0);
  for (const draft of drafts) {
    expect(texts.get(draft.id)).toBe(draftSearchText(draft));
  }
}

const NOW = '2026-12-07T10:00:00.000Z';

describe('search texts are stored with the drafts', () => {
  it('an import batch stores the folded texts of what it added, in one transaction', async () => {
    await writeImportBatch(
      db,
      'p1',
      [
        draftInput('d1', 'Refund of NT$1,280 approved'),
        draftInput('d2', '訂單編號 A-4243 的退款金額'),
      ],
      NOW,
    );

    await expectInStep('p1');
    const texts = await stored('p1');
    expect(texts.get('d1')).toContain(searchNeedle('1280'));
    expect(texts.get('d2')).toContain(searchNeedle('订单编号 a-4243'));
  });

  it('a re-import with changed text stores the new text; an unchanged one stores nothing', async () => {
    await writeImportBatch(db, 'p1', [draftInput('d1', 'old wording'), draftInput('d2')], NOW);
    const before = await db.searchSegments.count();
    await writeImportBatch(db, 'p1', [draftInput('d1', 'new wording'), draftInput('d2')], NOW);

    expect((await stored('p1')).get('d1')).toContain('new wording');
    await expectInStep('p1');
    // Only the changed draft was written again.
    const last = await db.searchSegments.orderBy(':id').last();
    expect(last?.ids).toEqual(['d1']);
    expect(await db.searchSegments.count()).toBe(before + 1);
  });

  it('a changed draft that was already decided keeps its text (and writes none)', async () => {
    await writeImportBatch(db, 'p1', [draftInput('d1', 'reviewed wording')], NOW);
    await recordDecision(db, decision('ev-d1', 'approve', 'd1'));
    const before = await db.searchSegments.count();
    await writeImportBatch(db, 'p1', [draftInput('d1', 'changed wording')], NOW);

    expect(await db.searchSegments.count()).toBe(before);
    await expectInStep('p1');
  });

  it('drafts written directly (the demo queue, putDrafts) store their texts', async () => {
    await putDrafts(db, [draftRow('p1', 'a'), draftRow('p2', 'b')]);
    await addMissingDrafts(db, [draftRow('p1', 'c'), draftRow('p1', 'a')]);

    await expectInStep('p1');
    await expectInStep('p2');
    expect([...(await stored('p1')).keys()].sort()).toEqual(['a', 'c']);
  });

  it('removing what an import added leaves those drafts with no text', async () => {
    await startImportJob(db, {
      importId: 'i1',
      projectId: 'p1',
      fileName: 'drafts.jsonl',
      fileSize: 1,
      format: 'jsonl',
      encoding: 'utf-8',
      mapping: { draft: 'output' },
      state: 'running',
      rowsWritten: 0,
      counts: { added: 0, updated: 0, unchanged: 0, markedChanged: 0 },
      startedAt: NOW,
      updatedAt: NOW,
    });
    await writeImportBatch(db, 'p1', [draftInput('d1'), draftInput('d2')], NOW, 'i1');

    await removeImportedDrafts(db, { importId: 'i1', projectId: 'p1' }, NOW);

    const texts = await stored('p1');
    expect(texts.get('d1')).toBeNull();
    expect(texts.get('d2')).toBeNull();
  });

  it('drafts pulled from the hub store their texts; a revision replaces it, a withdrawal keeps it', async () => {
    const apply = (records: Parameters<typeof applyPullPage>[1]['records']) =>
      applyPullPage(db, { hubId: HUB_ID, records, nextCursor: records.at(-1)?.seq ?? 0 }, AT);
    await apply([
      projectPublished(1, hubProject('hp')),
      draftPublished(2, 'hp', draftInput('d1', 'first wording')),
      draftPublished(3, 'hp', draftInput('d2', 'kept wording')),
    ]);
    await expectInStep('hp');

    await apply([draftRevised(4, 'hp', draftInput('d1', 'revised wording'), 2)]);
    expect((await stored('hp')).get('d1')).toContain('revised wording');

    const before = await db.searchSegments.count();
    await apply([draftWithdrawn(5, 'hp', 'd2')]);
    expect(await db.searchSegments.count()).toBe(before);
    await expectInStep('hp');
  });
});
