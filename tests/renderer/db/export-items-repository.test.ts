import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareExportOrder } from '../../../shared/export';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import {
  countExportDrafts,
  readExportItems,
  readHubSource,
  readReviewerNames,
} from '../../../renderer/db/repositories/export-items-repository';
import { putDrafts } from '../../../renderer/db/repositories/drafts-repository';
import { createChoicesCollector } from '../../../renderer/stores/export/export-choices';
import { setMeta } from '../../../renderer/db/repositories/meta-repository';
import { draftRow, eventRow, seedReviewedStore } from '../stores/export/export-fixture';
import { deleteTestDatabase, uniqueDatabaseName } from './migration-harness';

let name: string;
let db: LoupeDatabase;

beforeEach(async () => {
  name = uniqueDatabaseName();
  db = new LoupeDatabase({ name });
  await db.open();
});

afterEach(async () => {
  db.close();
  await deleteTestDatabase(name);
});

const project = (id: string) => ({ id, name: id });

async function collect(projects: string[], pageSize?: number) {
  const items = [];
  for await (const item of readExportItems(db, projects.map(project), { pageSize })) {
    items.push(item);
  }
  return items;
}

describe('readExportItems', () => {
  it('reads projects then drafts by UTF-16 code units, not by queue order or locale', async () => {
    // Code-unit order: 'B' < 'a' < 'b' < 'é' < '中' < '𝒜' (a surrogate pair, 0xD835) < 'ｚ' (0xFF5A).
    const ids = ['b', 'ｚ', '中', 'a', '𝒜', 'é', 'B', 'a10', 'a2'];
    await putDrafts(db, [
      ...ids.map((id) => ({ ...draftRow('p-b', id), priority: id.length })),
      draftRow('P-a', 'z'),
      draftRow('p-a', 'y'),
    ]);
    const items = await collect(['p-b', 'p-a', 'P-a'], 2);
    const keys = items.map((item) => `${item.project.id}/${item.draft.id}`);
    expect(keys).toEqual([
      'P-a/z',
      'p-a/y',
      'p-b/B',
      'p-b/a',
      'p-b/a10',
      'p-b/a2',
      'p-b/b',
      'p-b/é',
      'p-b/中',
      'p-b/𝒜',
      'p-b/ｚ',
    ]);
    const order = items.map((item) => ({ project: item.project.id, id: item.draft.id }));
    expect([...order].sort(compareExportOrder)).toEqual(order);
  });

  it('leaves out drafts a lead withdrew, as the hub does', async () => {
    await putDrafts(db, [
      draftRow('p', 'kept'),
      { ...draftRow('p', 'pulled-back'), withdrawn: { seq: 9, at: '2026-12-01T00:00:00.000Z' } },
    ]);
    expect((await collect(['p'])).map((item) => item.draft.id)).toEqual(['kept']);
  });

  it('gives each draft exactly its own events, across page boundaries, without the hub seq', async () => {
    await seedReviewedStore(db);
    // Another project's events with the same draft ids must not leak in.
    await putDrafts(db, [draftRow('other', 'a1')]);
    await db.events.add(eventRow('other', 'a1', 'skip', {}));
    for (const pageSize of [1, 2, 3, 500]) {
      const items = await collect(['support'], pageSize);
      expect(items.map((item) => item.draft.id)).toEqual(['a1', 'a2', 'e1', 'p1', 'p2', 'x1']);
      const kinds = Object.fromEntries(
        items.map((item) => [item.draft.id, item.events.map((event) => event.kind)]),
      );
      expect(kinds).toEqual({
        a1: ['approve'],
        a2: ['approve'],
        e1: ['edit'],
        p1: [],
        p2: [],
        x1: ['escalate'],
      });
      const a1 = items.find((item) => item.draft.id === 'a1');
      expect(a1?.events[0]).not.toHaveProperty('seq');
    }
  });

  it('reads page by page: never more drafts at once than the page size', async () => {
    await putDrafts(
      db,
      Array.from({ length: 25 }, (_, index) =>
        draftRow('big', `d${String(index).padStart(3, '0')}`),
      ),
    );
    const seen: number[] = [];
    const original = db.drafts.where.bind(db.drafts);
    let reads = 0;
    db.drafts.where = ((index: string) => {
      reads += 1;
      return original(index);
    }) as typeof db.drafts.where;
    for await (const item of readExportItems(db, [project('big')], { pageSize: 10 })) {
      seen.push(Number(item.draft.id.slice(1)));
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, index) => index));
    // Three pages of drafts (10, 10, 5), each one read.
    expect(reads).toBe(3);
    expect(await countExportDrafts(db, ['big'])).toBe(25);
  });
});

describe('what else an export reads', () => {
  it('knows the local reviewer’s name and who they are on the hub', async () => {
    await setMeta(db, 'profile', { reviewerId: 'r-ana', displayName: '安娜' });
    await setMeta(db, 'hubSession', {
      url: 'https://hub.example',
      user: { id: 'u-lead', name: 'Lee', role: 'lead' },
      connectedAt: '2026-12-01T00:00:00.000Z',
    });
    expect(Object.fromEntries(await readReviewerNames(db))).toEqual({
      'r-ana': '安娜',
      'u-lead': 'Lee',
    });
  });

  it('cites the hub cursor only once the store syncs with a hub', async () => {
    expect(await readHubSource(db)).toBeUndefined();
    await setMeta(db, 'hubSession', {
      url: 'https://hub.example',
      user: { id: 'u1', name: 'U', role: 'reviewer' },
      connectedAt: '2026-12-01T00:00:00.000Z',
    });
    expect(await readHubSource(db)).toBeUndefined();
    await setMeta(db, 'hubCursor', 42);
    expect(await readHubSource(db)).toEqual({ kind: 'hub', seq: 42 });
  });

  it('offers the filter values the store holds, gathered from the items read', async () => {
    await seedReviewedStore(db);
    const collector = createChoicesCollector();
    for await (const item of readExportItems(db, [project('support'), project('billing')], {
      pageSize: 2,
    })) {
      collector.add(item);
    }
    expect(collector.choices()).toEqual({
      models: ['gpt-a'],
      modelVersions: ['2026-11'],
      promptVersions: ['v3'],
      guidelinesVersions: [2],
      reviewers: ['r-ana', 'r-ben'],
      labels: [
        { question: 'tone', value: 'curt' },
        { question: 'tone', value: 'polite' },
      ],
    });
  });
});
