/**
 * A reviewer deciding on a draft a teammate has decided (their decision pulled from the hub):
 * the new decision supersedes only the reviewer's own standing ones, so a different verdict
 * makes the draft disputed, the same verdict agrees, and a reviewer's second thought still
 * replaces their first (DESIGN.md "Draft state"; only a lead's resolve settles a dispute).
 */
import { beforeEach, expect, it, vi } from 'vitest';
import { publishChange } from '../../../renderer/db/change-feed';
import { getDatabase } from '../../../renderer/db/database-instance';
import { getDraftState } from '../../../renderer/db/repositories/draft-state-repository';
import { applyPullPage } from '../../../renderer/db/repositories/pull-repository';
import { useNavigationStore } from '../../../renderer/stores/navigation/navigation-store';
import { useProfileStore } from '../../../renderer/stores/profile/profile-store';
import { useReviewStore } from '../../../renderer/stores/review/review-store';
import type { LogRecord } from '../../../shared/sync/hub-records';
import {
  AT,
  HUB_ID,
  decisionRecord,
  draftInput,
  draftPublished,
  eventRow,
  hubProject,
  projectPublished,
} from '../db/sync-fixture';
import { resetAppEnvironment } from '../support/app-env';

const review = () => useReviewStore.getState();
const stored = (draftId: string) => getDraftState(getDatabase(), 'hp', draftId);

async function pull(records: LogRecord[]) {
  const change = await applyPullPage(
    getDatabase(),
    { hubId: HUB_ID, records, nextCursor: records.at(-1)?.seq ?? 0 },
    AT,
  );
  publishChange(change);
}

/** Opens d1 of the hub project, where teammate r2 approved. */
async function openTeammatesDraft() {
  await pull([
    projectPublished(1, hubProject('hp')),
    draftPublished(2, 'hp', draftInput('d1')),
    draftPublished(3, 'hp', draftInput('d2')),
    decisionRecord(
      4,
      eventRow('01TEAMMATE', 1, {
        projectId: 'hp',
        draftId: 'd1',
        deviceId: 'dev2',
        reviewerId: 'r2',
      }),
    ),
  ]);
  await useProfileStore.getState().load();
  await useProfileStore.getState().saveDisplayName('林小美');
  await useNavigationStore.getState().openQueue('hp');
  await review().show('d1');
  await vi.waitFor(() => expect(review().current?.state?.heads).toEqual(['01TEAMMATE']));
}

beforeEach(async () => {
  await resetAppEnvironment();
});

it('a different verdict on a teammate’s decision makes the draft disputed', async () => {
  await openTeammatesDraft();
  await review().escalate('factual-error', 'wrong amount');
  const state = await stored('d1');
  expect(state?.status).toBe('disputed');
  expect(state?.heads).toHaveLength(2);
  expect(state?.heads).toContain('01TEAMMATE');
});

it('the same verdict agrees with it, and a second thought replaces only one’s own', async () => {
  await openTeammatesDraft();
  await review().approve();
  expect(await stored('d1')).toMatchObject({ status: 'approved' });
  expect((await stored('d1'))?.heads).toHaveLength(2);

  await review().show('d1');
  await review().escalate('factual-error', 'on second thought');
  const state = await stored('d1');
  expect(state?.status).toBe('disputed');
  // The reviewer's approve is superseded by their escalate; the teammate's approve stands.
  expect(state?.heads).toHaveLength(2);
  expect(state?.heads).toContain('01TEAMMATE');
});
