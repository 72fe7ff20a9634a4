/**
 * Keys pressed faster than the disk: decisions are saved behind the screen, in order, so undo,
 * J and a second A must each land on the draft the reviewer meant.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { listDraftEvents } from '../../../../renderer/db/repositories/events-repository';
import { getMeta, setMeta } from '../../../../renderer/db/repositories/meta-repository';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { FIRST_PAGE, useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { resetAppEnvironment } from '../../support/app-env';
import {
  review,
  current,
  queueIds,
  status,
  signIn,
  openDemoAs,
  settleDatabase,
  seedProject,
} from './review-support';

beforeEach(async () => {
  await resetAppEnvironment();
});

// Keys pressed faster than the disk: decisions are saved behind the screen, in order.
describe('keys pressed while a decision is still saving', () => {
  it('Z right after A takes back that A, not the decision before it', async () => {
    await openDemoAs('Alex');
    const start = queueIds().indexOf(current()!.id);
    const [first, second] = queueIds().slice(start);
    await review().approve();
    const approving = review().approve();
    const undoing = review().undo();
    await Promise.all([approving, undoing]);
    expect(status(second)).toBe('pending');
    expect(status(first)).toBe('approved');
    expect(current()?.id).toBe(second);
    expect(review().sittingCount).toBe(1);
  });

  it('Z Z takes back two decisions, each once', async () => {
    await openDemoAs('Alex');
    const start = queueIds().indexOf(current()!.id);
    const [first, second] = queueIds().slice(start);
    await review().approve();
    await review().approve();
    await Promise.all([review().undo(), review().undo()]);
    expect(status(first)).toBe('pending');
    expect(status(second)).toBe('pending');
    const retracts = (await listDraftEvents(getDatabase(), review().project!.id, second!)).filter(
      (event) => event.kind === 'retract',
    );
    expect(retracts).toHaveLength(1);
  });

  it('J during a save: a restart opens the draft on screen, not an older one', async () => {
    await openDemoAs('Alex');
    const start = queueIds().indexOf(current()!.id);
    const ids = queueIds().slice(start);
    await review().approve();
    const approving = review().approve();
    review().next();
    await approving;
    await vi.waitFor(() => expect(current()?.id).toBe(ids[3]));
    await settleDatabase();
    expect((await getMeta(getDatabase(), 'reviewPosition'))?.draftId).toBe(ids[3]);
  });

  it('A A on a draft the queue has not read yet decides it once', async () => {
    await signIn('Alex');
    await seedProject('big', 'q', FIRST_PAGE * 2);
    const remembered = `q-0${FIRST_PAGE + 20}`;
    await setMeta(getDatabase(), 'reviewPosition', { projectId: 'big', draftId: remembered });
    await useNavigationStore.getState().openQueue('big');
    await vi.waitFor(() => expect(useQueueStore.getState().status).toBe('ready'));
    const firstPage = useQueueStore.getState().entries.slice(0, FIRST_PAGE);
    useQueueStore.setState({
      status: 'partial',
      entries: firstPage,
      positions: new Map(firstPage.map((entry, index) => [entry.draftId, index])),
    });
    await Promise.all([review().approve(), review().approve()]);
    await settleDatabase();
    expect(await listDraftEvents(getDatabase(), 'big', remembered)).toHaveLength(1);
  });

  it('opening another project while one is still opening ends on the last one', async () => {
    await signIn('Alex');
    await seedProject('pa', 'a', 5);
    await seedProject('pb', 'b', 5);
    await setMeta(getDatabase(), 'reviewPosition', { projectId: 'pa', draftId: 'a-003' });
    const opening = review().openProject('pa');
    await Promise.resolve();
    await Promise.all([opening, review().openProject('pb')]);
    await settleDatabase();
    expect(review().project?.id).toBe('pb');
    expect(current()?.projectId).toBe('pb');
  });
});
