/** A lead publishes a local project to the hub (SYNC.md §1, §8): settings, then drafts in batches. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoupeDatabase } from '../../../../renderer/db/loupe-database';
import { adoptHubIdentity } from '../../../../renderer/db/repositories/hub-state-repository';
import type { DraftRow } from '../../../../renderer/db/rows';
import {
  publishProject,
  type PublishProgress,
} from '../../../../renderer/stores/sync/publish-to-hub';
import type { DraftInput } from '../../../../shared/domain/draft-schema';
import { MAX_PUBLISH_BYTES } from '../../../../shared/sync/limits';
import {
  draftInput,
  draftRow,
  dropTestDatabase,
  openTestDatabase,
  projectRow,
  seedDrafts,
} from '../../db/sync-fixture';
import { createFakeHub, type FakeHub } from '../../sync/fake-hub';

let db: LoupeDatabase;
let hub: FakeHub;
let progress: PublishProgress[];
const project = projectRow('p1', null);

beforeEach(async () => {
  db = await openTestDatabase('publish-to-hub');
  hub = createFakeHub();
  progress = [];
  await adoptHubIdentity(db, hub.identity);
  await db.projects.put(project);
});
afterEach(async () => {
  await dropTestDatabase(db);
});

const publish = () => publishProject(db, hub, project, (step) => progress.push(step));
const ids = (n: number) => Array.from({ length: n }, (_, i) => `d${String(i).padStart(4, '0')}`);
const sent = () =>
  hub.callsOf('publish-drafts').map((call) => (call.body as { drafts: DraftInput[] }).drafts);

describe('publishProject', () => {
  it('sends the project, then its drafts in requests of at most 500, and marks it on the hub', async () => {
    await seedDrafts(
      db,
      ids(1_203).map((id) => draftRow('p1', id)),
    );
    const outcome = await publish();
    expect(outcome).toEqual({ ok: true, published: 1_203, unchanged: 0, revised: 0, skipped: 0 });
    expect(hub.ops()).toEqual([
      'publish-project',
      'publish-drafts',
      'publish-drafts',
      'publish-drafts',
    ]);
    expect(hub.callsOf('publish-project')[0]?.body).toEqual({
      projectId: 'p1',
      name: project.name,
      settings: {
        guidelines: project.guidelines,
        escalationReasons: project.escalationReasons,
        rubric: project.rubric,
      },
      settingsVersion: 1,
    });
    expect(sent().map((drafts) => drafts.length)).toEqual([500, 500, 203]);
    expect(
      sent()
        .flat()
        .map((draft) => draft.id),
    ).toEqual(ids(1_203));
    expect(progress).toEqual([
      { done: 0, total: 1_203 },
      { done: 500, total: 1_203 },
      { done: 1_000, total: 1_203 },
      { done: 1_203, total: 1_203 },
    ]);
    expect((await db.projects.get('p1'))?.hub).toEqual({ hubId: 'hub-1', publishedSeq: 1 });
  });

  it('never sends a withdrawn draft nor what only this machine keeps', async () => {
    const local: Partial<DraftRow> = {
      status: 'approved',
      importId: 'imp-1',
      changedSinceReview: { at: '2026-12-01T00:00:00.000Z' },
      draftVersion: 2,
    };
    await seedDrafts(db, [
      draftRow('p1', 'a', local),
      draftRow('p1', 'b', { withdrawn: { seq: 4, at: '2026-12-01T00:00:00.000Z' } }),
      draftRow('p1', 'c'),
    ]);
    const outcome = await publish();
    expect(outcome).toMatchObject({ ok: true, published: 2 });
    expect(sent()).toEqual([[draftInput('a'), draftInput('c')]]);
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
  });

  it('keeps each request within 16 MB', async () => {
    const long = '漢'.repeat(1_000_000); // 3 MB of UTF-8
    await seedDrafts(
      db,
      ids(6).map((id) => draftRow('p1', id, { draft: long })),
    );
    expect(await publish()).toMatchObject({ ok: true, published: 6 });
    expect(sent().map((drafts) => drafts.length)).toEqual([5, 1]);
    for (const drafts of sent()) {
      const bytes = new TextEncoder().encode(JSON.stringify({ drafts })).byteLength;
      expect(bytes).toBeLessThanOrEqual(MAX_PUBLISH_BYTES);
    }
  });

  it('revises a draft the hub holds with other content, from the hub’s version', async () => {
    await seedDrafts(db, [draftRow('p1', 'a'), draftRow('p1', 'b', { draft: 'new text' })]);
    hub.drafts.set('p1/b', { json: JSON.stringify(draftInput('b')), version: 3, seq: 9 });
    const outcome = await publish();
    expect(outcome).toEqual({ ok: true, published: 1, unchanged: 0, revised: 1, skipped: 0 });
    expect(hub.callsOf('revise-draft')).toEqual([
      {
        op: 'revise-draft',
        projectId: 'p1',
        draftId: 'b',
        body: { baseVersion: 3, draft: draftInput('b', 'new text') },
      },
    ]);
    expect(hub.drafts.get('p1/b')?.version).toBe(4);
  });

  it('stopped midway, returns what was done; run again, the hub answers unchanged for that', async () => {
    await seedDrafts(
      db,
      ids(1_203).map((id) => draftRow('p1', id)),
    );
    const offline = { kind: 'offline' as const, message: 'no network' };
    const cut = await publishProject(db, hub, project, (step) => {
      progress.push(step);
      if (step.done === 500) {
        hub.down = offline;
      }
    });
    expect(cut).toEqual({ ok: false, failure: offline, done: 500 });
    expect((await db.projects.get('p1'))?.hub).toBeUndefined();

    hub.down = null;
    hub.calls.length = 0;
    const again = await publish();
    expect(again).toEqual({ ok: true, published: 703, unchanged: 500, revised: 0, skipped: 0 });
    expect(hub.drafts.size).toBe(1_203);
    expect((await db.projects.get('p1'))?.hub).toEqual({ hubId: 'hub-1', publishedSeq: 1 });
  });

  it('a failure of the project itself sends no draft', async () => {
    await seedDrafts(db, [draftRow('p1', 'a')]);
    hub.down = { kind: 'forbidden', status: 403, message: 'leads only' };
    expect(await publish()).toEqual({ ok: false, failure: hub.down, done: 0 });
    expect(hub.ops()).toEqual(['publish-project']);
    expect(progress).toEqual([]);
  });
});
