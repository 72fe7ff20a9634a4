/** Shared steps of the review store tests: sign in, open the demo or a seeded project, read state. */
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getDraftState } from '../../../../renderer/db/repositories/draft-state-repository';
import { putDrafts } from '../../../../renderer/db/repositories/drafts-repository';
import { getMeta } from '../../../../renderer/db/repositories/meta-repository';
import { putProject } from '../../../../renderer/db/repositories/projects-repository';
import type { DraftRow } from '../../../../renderer/db/rows';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';

export const review = () => useReviewStore.getState();
export const current = () => review().current?.draft;
/** Draft ids in queue order, as the queue store holds them. */
export const queueIds = () => useQueueStore.getState().entries.map((entry) => entry.draftId);
/** A draft's status as the queue list shows it. */
export const status = (id: string | undefined) =>
  useQueueStore.getState().entries.find((entry) => entry.draftId === id)?.status;
/** A draft's stored derived state. */
export const storedState = (id: string) => getDraftState(getDatabase(), review().project!.id, id);

export async function signIn(name: string): Promise<void> {
  await useProfileStore.getState().load();
  if (useProfileStore.getState().profile === null) {
    await useProfileStore.getState().saveDisplayName(name);
  }
}

export async function openDemoAs(name: string): Promise<string> {
  await signIn(name);
  const projectId = await useProjectsStore.getState().loadDemoQueue('zh-TW');
  await useNavigationStore.getState().openQueue(projectId);
  return projectId;
}

/** Waits for every database read started so far (IndexedDB runs them in order). */
export async function settleDatabase(): Promise<void> {
  await getMeta(getDatabase(), 'deviceId');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A project of `count` pending drafts `<prefix>-000`… in that queue order. */
export async function seedProject(projectId: string, prefix: string, count: number): Promise<void> {
  await putProject(getDatabase(), {
    id: projectId,
    name: projectId,
    guidelines: '',
    guidelinesVersion: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
  });
  await putDrafts(
    getDatabase(),
    Array.from({ length: count }, (_, index): DraftRow => ({
      projectId,
      id: `${prefix}-${String(index).padStart(3, '0')}`,
      context: [],
      draft: `Draft ${projectId} ${index}`,
      model: { name: 'm' },
      metadata: {},
      priority: count - index,
      createdAt: '2026-11-01T00:00:00.000Z',
      status: 'pending',
    })),
  );
}
