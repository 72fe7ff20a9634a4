/**
 * The small stores the hub screens read: where the token is kept (the bridge's word), the
 * decisions the hub refused (newest first, followed while open), and the open draft's hub facts
 * (its events, who withdrew it; only the last read lands).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishChange } from '../../../../renderer/db/change-feed';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { useDraftHubFactsStore } from '../../../../renderer/stores/sync/draft-hub-facts-store';
import { useHubConnectionStore } from '../../../../renderer/stores/sync/hub-connection-store';
import { useRejectedDecisionsStore } from '../../../../renderer/stores/sync/rejected-decisions-store';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import {
  decide,
  draftRow,
  projectRow,
  rejectOnHub,
  resetHubEnvironment,
  seedProject,
  type ScriptedHub,
} from '../../features/team-hub/hub-harness';

let hub: ScriptedHub;

beforeEach(async () => {
  hub = await resetHubEnvironment();
  await seedProject(projectRow('p-hub'), [draftRow('p-hub', 'd-1'), draftRow('p-hub', 'd-2')]);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await useSyncStore.getState().reset();
});

describe('where the token is kept', () => {
  it('takes the runtime and the storage from the bridge', async () => {
    hub.storage = 'plaintext';
    await useHubConnectionStore.getState().load();
    expect(useHubConnectionStore.getState()).toMatchObject({
      runtime: 'electron',
      storage: 'plaintext',
    });
  });

  it('says nothing of the storage when the bridge cannot tell', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    hub.bridge.connection = () => Promise.reject(new Error('ipc closed'));
    await useHubConnectionStore.getState().load();
    expect(useHubConnectionStore.getState().storage).toBeNull();
  });
});

describe('the refused decisions', () => {
  it('lists them newest first with what the list shows, and follows the outbox', async () => {
    await decide('e-1', 'p-hub', 'd-1', 'approve');
    await decide('e-2', 'p-hub', 'd-2', 'escalate');
    await decide('e-3', 'p-hub', 'd-2', 'skip');
    await rejectOnHub('e-1', 'unknown_draft', 'not published');
    await rejectOnHub('e-2', 'role_forbidden');
    const stop = useRejectedDecisionsStore.getState().follow();
    await vi.waitFor(() => expect(useRejectedDecisionsStore.getState().status).toBe('ready'));
    expect(useRejectedDecisionsStore.getState().items).toEqual([
      expect.objectContaining({
        eventId: 'e-2',
        kind: 'escalate',
        projectId: 'p-hub',
        draftId: 'd-2',
        reason: 'role_forbidden',
      }),
      expect.objectContaining({
        eventId: 'e-1',
        kind: 'approve',
        draftId: 'd-1',
        reason: 'unknown_draft',
        detail: 'not published',
        rejectedAt: '2026-12-07T10:30:00.000Z',
        decidedAt: '2026-11-28T10:00:00.000Z',
      }),
    ]);
    await rejectOnHub('e-3', 'invalid_event');
    publishChange({ outbox: true });
    await vi.waitFor(() => expect(useRejectedDecisionsStore.getState().items).toHaveLength(3));
    stop();
    await getDatabase().outbox.update('e-3', { state: 'acked', seq: 4 });
    publishChange({ outbox: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useRejectedDecisionsStore.getState().items).toHaveLength(3);
  });
});

describe('the open draft’s hub facts', () => {
  it('reads its events and who withdrew it', async () => {
    await decide('e-1', 'p-hub', 'd-1', 'approve', { draftVersion: 1 });
    await getDatabase().hubLog.put({
      seq: 7,
      recordId: 'r7',
      kind: 'draft.withdrawn',
      projectId: 'p-hub',
      draftId: 'd-1',
      userId: 'u-lead',
      receivedAt: '2026-12-07T10:00:00.000Z',
    });
    await useDraftHubFactsStore.getState().read('p-hub', 'd-1', 7);
    const facts = useDraftHubFactsStore.getState().facts;
    expect(facts?.events.map((event) => [event.eventId, event.draftVersion])).toEqual([['e-1', 1]]);
    expect(facts?.withdrawnBy).toBe('u-lead');
  });

  it('keeps only the last of overlapping reads', async () => {
    await decide('e-1', 'p-hub', 'd-1', 'approve');
    const first = useDraftHubFactsStore.getState().read('p-hub', 'd-1');
    const second = useDraftHubFactsStore.getState().read('p-hub', 'd-2');
    await Promise.all([first, second]);
    expect(useDraftHubFactsStore.getState().facts).toMatchObject({ draftId: 'd-2', events: [] });
  });
});
