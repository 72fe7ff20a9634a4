/**
 * A pulled page reaches the open queue through the change feed (queue-store `applyChange`): a
 * teammate's decision changes an entry in place, a published draft joins, a withdrawn one
 * leaves, a revision after review is marked.
 */
import { beforeEach, expect, it, vi } from 'vitest';
import { publishChange } from '../../../renderer/db/change-feed';
import { getDatabase } from '../../../renderer/db/database-instance';
import { applyPullPage } from '../../../renderer/db/repositories/pull-repository';
import { useQueueStore } from '../../../renderer/stores/queue/queue-store';
import type { LogRecord } from '../../../shared/sync/hub-records';
import {
  AT,
  HUB_ID,
  decisionRecord,
  draftInput,
  draftPublished,
  draftRevised,
  draftWithdrawn,
  eventRow,
  hubProject,
  projectPublished,
} from '../db/sync-fixture';
import { resetAppEnvironment } from '../support/app-env';

const queue = () => useQueueStore.getState();
const shown = () => queue().entries.map((entry) => [entry.draftId, entry.status]);

/** What the sync pass does with a page: apply it, then announce the change. */
async function pull(records: LogRecord[]) {
  const change = await applyPullPage(
    getDatabase(),
    { hubId: HUB_ID, records, nextCursor: records.at(-1)?.seq ?? 0 },
    AT,
  );
  publishChange(change);
}

const theirs = (eventId: string, draftId: string) =>
  eventRow(eventId, 1, { projectId: 'hp', draftId, deviceId: 'dev2', reviewerId: 'r2' });

beforeEach(async () => {
  await resetAppEnvironment();
  await pull([
    projectPublished(1, hubProject('hp')),
    draftPublished(2, 'hp', draftInput('d1')),
    draftPublished(3, 'hp', draftInput('d2')),
  ]);
  await queue().open('hp');
  expect(shown()).toEqual([
    ['d1', 'pending'],
    ['d2', 'pending'],
  ]);
});

it('a teammate’s decision changes the entry in place', async () => {
  const before = queue().entries[1];
  await pull([decisionRecord(4, theirs('01A', 'd1'))]);
  await vi.waitFor(() => expect(queue().entries[0]?.status).toBe('approved'));
  expect(queue().entries[1]).toBe(before);
});

it('a published draft joins the queue and a withdrawn one leaves it', async () => {
  await pull([draftPublished(4, 'hp', { ...draftInput('d0'), priority: 5 })]);
  await vi.waitFor(() => expect(shown().map(([id]) => id)).toEqual(['d0', 'd1', 'd2']));
  await pull([draftWithdrawn(5, 'hp', 'd1')]);
  await vi.waitFor(() => expect(shown().map(([id]) => id)).toEqual(['d0', 'd2']));
  expect(queue().positions.get('d2')).toBe(1);
});

it('a revision of a reviewed draft is marked in the queue', async () => {
  await pull([decisionRecord(4, theirs('01A', 'd2'))]);
  await pull([draftRevised(5, 'hp', draftInput('d2', 'Corrected amount'), 2)]);
  await vi.waitFor(() =>
    expect(queue().entries[1]).toMatchObject({
      draftId: 'd2',
      preview: 'Corrected amount',
      changedSinceReview: expect.any(Object) as object,
    }),
  );
});
