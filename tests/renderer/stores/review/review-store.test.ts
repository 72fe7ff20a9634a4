import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { putDrafts } from '../../../../renderer/db/repositories/drafts-repository';
import {
  getEditBuffer,
  saveEditBuffer,
} from '../../../../renderer/db/repositories/edit-buffers-repository';
import { setMeta } from '../../../../renderer/db/repositories/meta-repository';
import { putProject } from '../../../../renderer/db/repositories/projects-repository';
import type { DraftRow } from '../../../../renderer/db/rows';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { FIRST_PAGE, useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { useReviewStore, type ReviewState } from '../../../../renderer/stores/review/review-store';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';
import {
  review,
  current,
  queueIds,
  status,
  storedState,
  signIn,
  openDemoAs,
  settleDatabase,
} from './review-support';

beforeEach(async () => {
  await resetAppEnvironment();
});

describe('the review loop over the demo queue', () => {
  it('opens the demo project on its first pending draft, in queue order', async () => {
    await openDemoAs('林小美');
    const entries = useQueueStore.getState().entries;
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(current()?.status).toBe('pending');
    expect(current()?.id).toBe(entries.find((entry) => entry.status === 'pending')?.draftId);
    const priorities = entries.map((entry) => entry.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });

  it('approve, edit, escalate and skip each save, then move to the next draft', async () => {
    await openDemoAs('林小美');
    const start = queueIds().indexOf(current()!.id);
    const ids = queueIds().slice(start, start + 5);
    await review().approve({ rating: 5 });
    await review().edit('退款將於 14 天內完成。');
    await review().escalate('policy', '承諾了政策不允許的退款');
    await review().skip();
    expect(review().saveStatus).toBe('saved');
    expect(current()?.id).toBe(ids[4]);
    expect(review().sittingCount).toBe(4);
    expect(ids.slice(0, 4).map(status)).toEqual(['approved', 'edited', 'escalated', 'pending']);
    expect((await storedState(ids[1]!))?.finalText).toBe('退款將於 14 天內完成。');
  });

  it('shows the next draft, read ahead, as soon as a decision is saved', async () => {
    await openDemoAs('林小美');
    const first = current()!.id;
    const next = queueIds()[queueIds().indexOf(first) + 1];
    await settleDatabase();

    const states: ReviewState[] = [];
    const unsubscribe = useReviewStore.subscribe((state) => states.push(state));
    await review().approve();
    unsubscribe();

    expect(review().currentId).toBe(next);
    expect(current()?.id).toBe(next);
    // The reviewer never sees an empty screen between the two drafts.
    expect(states.filter((state) => state.current === null)).toEqual([]);
    expect(states.some((state) => state.saveStatus === 'saved' && state.currentId === next)).toBe(
      true,
    );
  });

  it('next and previous follow queue order, and stop at its ends', async () => {
    await openDemoAs('林小美');
    const ids = queueIds();
    review().next();
    await vi.waitFor(() => expect(current()?.id).toBe(ids[1]));
    review().next();
    await vi.waitFor(() => expect(current()?.id).toBe(ids[2]));
    review().previous();
    await vi.waitFor(() => expect(current()?.id).toBe(ids[1]));
    review().previous();
    await vi.waitFor(() => expect(current()?.id).toBe(ids[0]));
    review().previous();
    await settleDatabase();
    expect(current()?.id).toBe(ids[0]);

    await review().show(ids.at(-1)!);
    expect(current()?.id).toBe(ids.at(-1));
    review().next();
    await settleDatabase();
    expect(current()?.id).toBe(ids.at(-1));
  });

  it('undo takes back decisions across items, newest first, and shows that item again', async () => {
    await openDemoAs('林小美');
    await settleDatabase();
    const start = queueIds().indexOf(current()!.id);
    expect(start).toBeGreaterThanOrEqual(0);
    const [first, second] = queueIds().slice(start);
    await review().approve();
    await review().escalate('other', 'unsure');
    await review().undo();
    expect(current()?.id).toBe(second);
    expect(current()?.status).toBe('pending');
    expect(status(second)).toBe('pending');
    await review().undo();
    expect(current()?.id).toBe(first);
    expect(current()?.status).toBe('pending');
    expect(status(first)).toBe('pending');
    expect(review().sittingCount).toBe(0);
  });

  it('keeps decisions, undo history and the position through a restart', async () => {
    const projectId = await openDemoAs('Alex');
    const start = queueIds().indexOf(current()!.id);
    const [first, second, third, fourth] = queueIds().slice(start);
    await review().approve();
    await review().approve();
    await review().edit('final words');
    simulateRestart();

    await openDemoAs('Alex');
    expect(useReviewStore.getState().project?.id).toBe(projectId);
    expect(current()?.id).toBe(fourth);
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
    await vi.waitFor(() => expect(current()?.id).toBe(id));
    await review().escalate('factual-error', 'wrong amount');
    const state = await storedState(id);
    expect(state).toMatchObject({ status: 'escalated' });
    expect(state?.heads).toHaveLength(1);
    expect(status(id)).toBe('escalated');
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
    await useNavigationStore.getState().openQueue(projectId);
    const id = current()!.id;
    await review().approve();
    expect(review().saveStatus).toBe('error');
    expect(review().errorKey).toBe('review.errors.noProfile');
    expect(current()?.id).toBe(id);
    expect(current()?.status).toBe('pending');
    expect(status(id)).toBe('pending');
  });
});

describe('a queue longer than its first page', () => {
  const PROJECT = 'big';
  const count = FIRST_PAGE * 2;
  /** Queue order is by priority, so draft `q-000` comes first and `q-119` last. */
  const drafts: DraftRow[] = Array.from({ length: count }, (_, index) => ({
    projectId: PROJECT,
    id: `q-${String(index).padStart(3, '0')}`,
    context: [],
    draft: `Draft number ${index}`,
    model: { name: 'm' },
    metadata: {},
    priority: count - index,
    createdAt: '2026-11-01T00:00:00.000Z',
    status: 'pending',
  }));

  beforeEach(async () => {
    await signIn('Alex');
    await putProject(getDatabase(), {
      id: PROJECT,
      name: 'Big queue',
      guidelines: '',
      guidelinesVersion: 1,
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    await putDrafts(getDatabase(), drafts);
  });

  it('opens on a remembered draft beyond the first page, and moves on from it in order', async () => {
    const remembered = drafts[FIRST_PAGE + 20]!.id;
    await setMeta(getDatabase(), 'reviewPosition', { projectId: PROJECT, draftId: remembered });

    await useNavigationStore.getState().openQueue(PROJECT);
    expect(current()?.id).toBe(remembered);
    await vi.waitFor(() => expect(useQueueStore.getState().status).toBe('ready'));
    expect(useQueueStore.getState().positions.get(remembered)).toBe(FIRST_PAGE + 20);

    review().next();
    await vi.waitFor(() => expect(current()?.id).toBe(drafts[FIRST_PAGE + 21]!.id));
    await review().approve();
    expect(current()?.id).toBe(drafts[FIRST_PAGE + 22]!.id);
    // The queue follows the committed decision through the change feed.
    await vi.waitFor(() => expect(status(drafts[FIRST_PAGE + 21]!.id)).toBe('approved'));
  });

  it('moves on from a draft the queue has not read yet, by the index', async () => {
    const remembered = drafts[FIRST_PAGE + 20]!.id;
    await setMeta(getDatabase(), 'reviewPosition', { projectId: PROJECT, draftId: remembered });
    await useNavigationStore.getState().openQueue(PROJECT);
    await vi.waitFor(() => expect(useQueueStore.getState().status).toBe('ready'));
    // As if the rest of the queue were still being read: only the first page is in memory.
    const firstPage = useQueueStore.getState().entries.slice(0, FIRST_PAGE);
    useQueueStore.setState({
      status: 'partial',
      entries: firstPage,
      positions: new Map(firstPage.map((entry, index) => [entry.draftId, index])),
    });

    await review().approve();
    expect(current()?.id).toBe(drafts[FIRST_PAGE + 21]!.id);
    review().previous();
    await vi.waitFor(() => expect(current()?.id).toBe(remembered));
  });

  it('restores the remembered position after a restart', async () => {
    await useNavigationStore.getState().openQueue(PROJECT);
    await vi.waitFor(() => expect(useQueueStore.getState().status).toBe('ready'));
    const target = drafts[count - 3]!.id;
    await review().show(target);
    await review().approve();
    simulateRestart();

    await useNavigationStore.getState().openQueue(PROJECT);
    expect(current()?.id).toBe(drafts[count - 2]!.id);
  });
});
