import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import {
  getEditBuffer,
  saveEditBuffer,
} from '../../../../renderer/db/repositories/edit-buffers-repository';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';

const review = () => useReviewStore.getState();
const current = () => review().drafts[review().currentIndex];

async function openDemoAs(name: string): Promise<string> {
  await useProfileStore.getState().load();
  if (useProfileStore.getState().profile === null) {
    await useProfileStore.getState().saveDisplayName(name);
  }
  const projectId = await useProjectsStore.getState().loadDemoQueue('zh-TW');
  await review().openProject(projectId);
  return projectId;
}

beforeEach(async () => {
  await resetAppEnvironment();
});

describe('the review loop over the demo queue', () => {
  it('opens the demo project on its first pending draft, in queue order', async () => {
    await openDemoAs('林小美');
    expect(review().drafts.length).toBeGreaterThanOrEqual(40);
    expect(current()?.status).toBe('pending');
    const priorities = review().drafts.map((draft) => draft.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });

  it('approve, edit, escalate and skip each save, then move to the next draft', async () => {
    await openDemoAs('林小美');
    const ids = review()
      .drafts.slice(0, 4)
      .map((draft) => draft.id);
    await review().approve({ rating: 5 });
    await review().edit('退款將於 14 天內完成。');
    await review().escalate('policy', '承諾了政策不允許的退款');
    await review().skip();
    expect(review().saveStatus).toBe('saved');
    expect(review().currentIndex).toBe(4);
    expect(review().sittingCount).toBe(4);
    const statuses = ids.map((id) => review().drafts.find((draft) => draft.id === id)?.status);
    expect(statuses).toEqual(['approved', 'edited', 'escalated', 'pending']);
    expect(review().states[ids[1]!]?.finalText).toBe('退款將於 14 天內完成。');
  });

  it('undo takes back decisions across items, newest first, and shows that item again', async () => {
    await openDemoAs('林小美');
    const [first, second] = review().drafts.map((draft) => draft.id);
    await review().approve();
    await review().escalate('other', 'unsure');
    await review().undo();
    expect(current()?.id).toBe(second);
    expect(current()?.status).toBe('pending');
    await review().undo();
    expect(current()?.id).toBe(first);
    expect(current()?.status).toBe('pending');
    expect(review().sittingCount).toBe(0);
  });

  it('keeps decisions, undo history and the position through a restart', async () => {
    const projectId = await openDemoAs('Alex');
    const [first, second, third] = review().drafts.map((draft) => draft.id);
    await review().approve();
    await review().approve();
    await review().edit('final words');
    simulateRestart();

    await openDemoAs('Alex');
    expect(useReviewStore.getState().project?.id).toBe(projectId);
    expect(current()?.id).toBe(review().drafts[3]?.id);
    const status = (id: string | undefined) => review().drafts.find((d) => d.id === id)?.status;
    expect([status(first), status(second), status(third)]).toEqual([
      'approved',
      'approved',
      'edited',
    ]);
    await review().undo();
    expect(current()?.id).toBe(third);
    expect(status(third)).toBe('pending');
  });

  it('a second decision on the same draft supersedes the first instead of disputing it', async () => {
    await openDemoAs('林小美');
    const id = current()!.id;
    await review().approve();
    review().previous();
    await review().escalate('factual-error', 'wrong amount');
    expect(review().states[id]).toMatchObject({ status: 'escalated' });
    expect(review().states[id]?.heads).toHaveLength(1);
  });

  it('an edit decision clears the typed buffer it came from', async () => {
    const projectId = await openDemoAs('林小美');
    const id = current()!.id;
    await saveEditBuffer(getDatabase(), {
      projectId,
      draftId: id,
      text: '打到一半',
      updatedAt: '',
    });
    await review().edit('打完了');
    expect(await getEditBuffer(getDatabase(), projectId, id)).toBeUndefined();
  });

  it('refuses to decide before the reviewer has a profile, and says why', async () => {
    const projectId = await useProjectsStore.getState().loadDemoQueue('en');
    await useProfileStore.getState().load();
    await review().openProject(projectId);
    await review().approve();
    expect(review().saveStatus).toBe('error');
    expect(review().errorKey).toBe('review.errors.noProfile');
    expect(current()?.status).toBe('pending');
  });
});
