/**
 * The search index opens from the stored search texts (schema v9), not from the drafts: that is
 * what makes the first search after opening a 100k-draft project fast. When the texts fall short
 * (drafts stored without them, or folded by another version), it reads the drafts instead, and
 * the worker then stores their texts, packed, for the next open.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftSearchText } from '../../../../renderer/db/draft-search-text';
import type { LoupeDatabase } from '../../../../renderer/db/loupe-database';
import * as draftsRepository from '../../../../renderer/db/repositories/drafts-repository';
import { putDrafts } from '../../../../renderer/db/repositories/drafts-repository';
import { segmentRow } from '../../../../renderer/db/repositories/search-segments-repository';
import type { DraftRow } from '../../../../renderer/db/rows';
import { searchNeedle } from '../../../../renderer/stores/queue/draft-search';
import { storedSearchTexts } from '../../../../renderer/stores/queue/search-index-sources';
import { openSearchIndex, type SearchIndex } from '../../../../renderer/stores/queue/search-index';
import { draftRow, dropTestDatabase, openTestDatabase } from '../../db/sync-fixture';

vi.mock('../../../../renderer/db/repositories/drafts-repository', async (original) => {
  const actual = await original<typeof draftsRepository>();
  return { ...actual, readDraftPage: vi.fn(actual.readDraftPage) };
});

let db: LoupeDatabase;
const opened: SearchIndex[] = [];

beforeEach(async () => {
  db = await openTestDatabase('search-index');
  vi.mocked(draftsRepository.readDraftPage).mockClear();
});
afterEach(async () => {
  opened.splice(0).forEach((index) => index.close());
  await dropTestDatabase(db);
});

const drafts = (count: number, text = (n: number) => `refund for order ${n}`): DraftRow[] =>
  Array.from({ length: count }, (_, n) =>
    draftRow('p1', `d-${String(n).padStart(4, '0')}`, { draft: text(n) }),
  );

async function whole(options: Parameters<typeof openSearchIndex>[2] = {}) {
  const index = openSearchIndex(db, 'p1', options);
  opened.push(index);
  while (!index.complete()) {
    await index.grown();
  }
  return index;
}

/** The ids whose indexed text holds `query`. */
const find = (index: SearchIndex, query: string) =>
  index.ids.filter((_, n) => index.texts[n]!.includes(searchNeedle(query)));

async function storedTexts() {
  const texts = new Map<string, string | null>();
  for await (const batch of storedSearchTexts(db, 'p1')) {
    batch.texts.forEach(([id, text]) => texts.set(id, text));
  }
  return texts;
}

describe('the search index', () => {
  it('opens from the stored texts without reading a single draft', async () => {
    await putDrafts(db, drafts(30));

    const index = await whole();

    expect(index.ids).toHaveLength(30);
    expect(find(index, 'ORDER 17')).toEqual(['d-0017']);
    expect(draftsRepository.readDraftPage).not.toHaveBeenCalled();
  });

  it('reads the drafts when their texts were not stored, and the worker stores them', async () => {
    const rows = drafts(25);
    await db.drafts.bulkPut(rows); // as a database filled before the texts were stored

    const index = await whole({ repack: true });

    expect(find(index, 'order 24')).toEqual(['d-0024']);
    expect(draftsRepository.readDraftPage).toHaveBeenCalled();
    await vi.waitFor(async () => expect((await storedTexts()).size).toBe(25));
    const texts = await storedTexts();
    rows.forEach((row) => expect(texts.get(row.id)).toBe(draftSearchText(row)));
  });

  it('reads the drafts when some texts are missing, and the index grows to hold them', async () => {
    await putDrafts(db, drafts(3));
    await db.drafts.put(draftRow('p1', 'd-0099', { draft: 'stored without its text' }));

    const index = await whole();

    await vi.waitFor(() => expect(index.ids).toHaveLength(4));
    expect(index.complete()).toBe(true);
    expect(find(index, 'without its text')).toEqual(['d-0099']);
  });

  it('reads the drafts when the stored texts were folded by another version', async () => {
    await db.drafts.bulkPut(drafts(3));
    await db.searchSegments.put({
      ...segmentRow('p1', 0, [['d-0001', 'folded some other way']]),
      foldVersion: 0,
    });

    const index = await whole();

    expect(find(index, 'other way')).toEqual([]);
    expect(find(index, 'order 1')).toEqual(['d-0001']);
  });

  it('keeps no text for a deleted draft, and the latest text of a rewritten one', async () => {
    await putDrafts(db, drafts(3));
    await putDrafts(db, [draftRow('p1', 'd-0001', { draft: 'new wording' })]);
    await db.drafts.delete(['p1', 'd-0002']);
    await db.searchSegments.add(segmentRow('p1', 9, [['d-0002', null]]));

    const index = await whole();

    expect(find(index, 'order 2')).toEqual([]);
    expect(find(index, 'order 1')).toEqual([]);
    expect(find(index, 'new wording')).toEqual(['d-0001']);
  });

  it('packs many small stored segments into few, with the same texts', async () => {
    const rows = drafts(40);
    for (const row of rows) {
      await putDrafts(db, [row]); // 40 one-draft segments, as 40 small pulls leave
    }
    const before = await storedTexts();

    await whole({ repack: true });

    await vi.waitFor(async () => expect(await db.searchSegments.count()).toBe(1));
    expect(await storedTexts()).toEqual(before);
  });
});
