import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { putDrafts } from '../../../../renderer/db/repositories/drafts-repository';
import type { DraftRow } from '../../../../renderer/db/rows';
import { selectTotalDrafts } from '../../../../renderer/stores/queue/queue-selectors';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { resetAppEnvironment } from '../../support/app-env';

beforeEach(async () => {
  await resetAppEnvironment();
});

function draft(projectId: string, id: string): DraftRow {
  return {
    projectId,
    id,
    context: [],
    draft: '',
    model: { name: 'm' },
    metadata: {},
    priority: 0,
    createdAt: '',
    status: 'pending',
  };
}

describe('queue store', () => {
  it('starts idle and finds an empty queue on a new device', async () => {
    expect(useQueueStore.getState().status).toBe('idle');
    await useQueueStore.getState().load();
    expect(useQueueStore.getState().status).toBe('ready');
    expect(selectTotalDrafts(useQueueStore.getState())).toBe(0);
  });

  it('counts drafts per project', async () => {
    await putDrafts(getDatabase(), [draft('p1', 'a'), draft('p1', 'b'), draft('p2', 'a')]);
    await useQueueStore.getState().load();
    expect(useQueueStore.getState().draftCounts).toEqual({ p1: 2, p2: 1 });
    expect(selectTotalDrafts(useQueueStore.getState())).toBe(3);
  });
});
