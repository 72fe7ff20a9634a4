import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { putDrafts } from '../../../../renderer/db/repositories/drafts-repository';
import { listQueueEntries } from '../../../../renderer/db/repositories/queue-entries-repository';
import type { DraftRow } from '../../../../renderer/db/rows';
import {
  FIRST_PAGE,
  useQueueStore,
  type QueueState,
} from '../../../../renderer/stores/queue/queue-store';
import { resetAppEnvironment } from '../../support/app-env';

beforeEach(async () => {
  await resetAppEnvironment();
});

const queue = () => useQueueStore.getState();

function draft(projectId: string, id: string, overrides: Partial<DraftRow> = {}): DraftRow {
  return {
    projectId,
    id,
    context: [],
    draft: `Draft ${id}`,
    model: { name: 'm' },
    metadata: {},
    priority: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
    status: 'pending',
    ...overrides,
  };
}

/** `count` drafts with mixed priorities and ages, written in an order unlike queue order. */
function mixedDrafts(projectId: string, count: number): DraftRow[] {
  return Array.from({ length: count }, (_, index) => {
    const n = (index * 37) % count;
    return draft(projectId, `d-${String(n).padStart(4, '0')}`, {
      priority: n % 5,
      // Several drafts share a priority and a creation time, so the id must break the tie.
      createdAt: `2026-11-${String(1 + (n % 3)).padStart(2, '0')}T00:00:00.000Z`,
    });
  });
}

/** Queue order: priority descending, then oldest first, then by id. */
/** Queue order of drafts stored in the order given: priority, age, then the order they came. */
function queueOrder(drafts: readonly DraftRow[]): string[] {
  return drafts
    .map((row, arrival) => ({ row, arrival }))
    .sort(
      (a, b) =>
        b.row.priority - a.row.priority ||
        a.row.createdAt.localeCompare(b.row.createdAt) ||
        a.arrival - b.arrival,
    )
    .map(({ row }) => row.id);
}

/** Every state the store passes through while `run` runs. */
async function recordStates(run: () => Promise<unknown>): Promise<QueueState[]> {
  const states: QueueState[] = [];
  const unsubscribe = useQueueStore.subscribe((state) => states.push(state));
  try {
    await run();
  } finally {
    unsubscribe();
  }
  return states;
}

/** Waits until every database read queued so far has finished (IndexedDB runs them in order). */
async function settleReads(projectId: string): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await listQueueEntries(getDatabase(), projectId);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe('opening a project’s queue', () => {
  it('starts idle and finds an empty queue whole at once', async () => {
    expect(queue().status).toBe('idle');
    await queue().open('p1');
    expect(queue()).toMatchObject({ projectId: 'p1', status: 'ready', entries: [] });
  });

  it('shows the first page first, then the rest, in priority, age and arrival order', async () => {
    const drafts = mixedDrafts('p1', FIRST_PAGE * 2 + 15);
    await putDrafts(getDatabase(), [...drafts, ...mixedDrafts('p2', 10)]);
    const expected = queueOrder(drafts);

    const states = await recordStates(async () => {
      await queue().open('p1');
      await vi.waitFor(() => expect(queue().status).toBe('ready'));
    });

    const partial = states.find((state) => state.status === 'partial');
    expect(partial?.entries.map((entry) => entry.draftId)).toEqual(expected.slice(0, FIRST_PAGE));
    expect(states.findIndex((state) => state.status === 'partial')).toBeLessThan(
      states.findIndex((state) => state.status === 'ready'),
    );
    expect(queue().entries.map((entry) => entry.draftId)).toEqual(expected);
    expect(queue().entries.every((entry) => entry.projectId === 'p1')).toBe(true);
    // Rows only ever grow at the end while the rest is read: what was painted stays in place.
    for (const state of states) {
      const ids = state.entries.map((entry) => entry.draftId);
      expect(ids).toEqual(expected.slice(0, ids.length));
    }
    for (const [index, id] of expected.entries()) {
      expect(queue().positions.get(id)).toBe(index);
    }
  });

  it('drops the late result of an open that reset overtook', async () => {
    await putDrafts(getDatabase(), mixedDrafts('p1', FIRST_PAGE + 10));
    const opening = queue().open('p1');
    queue().reset();
    await opening;
    await settleReads('p1');
    expect(queue()).toMatchObject({ projectId: null, status: 'idle', entries: [] });
    expect(queue().positions.size).toBe(0);
  });

  it('drops the rest of a queue that reset overtook after its first page', async () => {
    await putDrafts(getDatabase(), mixedDrafts('p1', FIRST_PAGE + 10));
    await queue().open('p1');
    queue().reset();
    await settleReads('p1');
    expect(queue()).toMatchObject({ projectId: null, status: 'idle', entries: [] });
  });

  it('shows only the project opened last when two opens overlap', async () => {
    await putDrafts(getDatabase(), [...mixedDrafts('p1', FIRST_PAGE + 10), draft('p2', 'only')]);
    const first = queue().open('p1');
    await queue().open('p2');
    await first;
    await settleReads('p1');
    expect(queue().projectId).toBe('p2');
    expect(queue().status).toBe('ready');
    expect(queue().entries.map((entry) => entry.draftId)).toEqual(['only']);
  });
});

describe('a decision changing an entry', () => {
  it('replaces that one entry and keeps the order', async () => {
    await putDrafts(getDatabase(), mixedDrafts('p1', 12));
    await queue().open('p1');
    const before = queue().entries;
    const positions = queue().positions;
    const target = before[4]!.draftId;

    queue().setEntryStatus('p1', target, 'approved');

    const after = queue().entries;
    expect(after).not.toBe(before);
    expect(after[4]).toMatchObject({ draftId: target, status: 'approved' });
    expect(before[4]?.status).toBe('pending');
    expect(after.map((entry) => entry.draftId)).toEqual(before.map((entry) => entry.draftId));
    after.forEach((entry, index) => {
      if (index !== 4) {
        expect(entry).toBe(before[index]);
      }
    });
    expect(queue().positions).toBe(positions);
  });

  it('ignores a draft the queue does not hold', async () => {
    await putDrafts(getDatabase(), mixedDrafts('p1', 3));
    await queue().open('p1');
    const before = queue().entries;
    queue().setEntryStatus('p1', 'not-here', 'approved');
    expect(queue().entries).toBe(before);
  });

  it('ignores a decision of another project that holds the same draft id', async () => {
    await putDrafts(getDatabase(), [...mixedDrafts('p1', 3), ...mixedDrafts('p2', 3)]);
    await queue().open('p2');
    const before = queue().entries;
    queue().setEntryStatus('p1', before[0]!.draftId, 'approved');
    expect(queue().entries).toBe(before);
    expect(queue().entries[0]?.status).toBe('pending');
  });
});

describe('searching the queue', () => {
  const sample = [
    draft('p1', 'd-1', { draft: '您好，經濟艙的行李額度依票種不同。' }),
    draft('p1', 'd-2', {
      draft: 'Meeting notes',
      context: [{ kind: 'doc', title: '會議紀錄', text: '首頁載入慢的問題已修正' }],
    }),
    draft('p1', 'd-3', {
      draft: 'Shipping is delayed',
      prompt: '我的包裹在哪裡？ Where is my PARCEL?',
    }),
    draft('p1', 'd-4', { draft: 'Nothing to see' }),
    // The same words in another project must never match.
    draft('p2', 'd-9', { draft: '行李 載入慢 包裹 parcel' }),
  ];

  const matches = () => [...(queue().search.matches ?? [])].sort();

  beforeEach(async () => {
    await putDrafts(getDatabase(), sample);
    await queue().open('p1');
  });

  it('finds Chinese text in the draft, its context and its prompt', async () => {
    await queue().setSearch('行李額度');
    expect(matches()).toEqual(['d-1']);
    await queue().setSearch('載入慢');
    expect(matches()).toEqual(['d-2']);
    await queue().setSearch('會議紀錄');
    expect(matches()).toEqual(['d-2']);
    await queue().setSearch('包裹');
    expect(matches()).toEqual(['d-3']);
    expect(queue().search).toMatchObject({ text: '包裹', running: false, scanned: 4, total: 4 });
  });

  it('finds ASCII text typed in full-width Latin, ignoring case, and by id', async () => {
    await queue().setSearch('ＰＡＲＣＥＬ');
    expect(matches()).toEqual(['d-3']);
    expect(queue().search.text).toBe('ＰＡＲＣＥＬ');
    await queue().setSearch('D-4');
    expect(matches()).toEqual(['d-4']);
  });

  it('reports an empty match set when nothing matches, and no search for blank text', async () => {
    await queue().setSearch('nothing like this');
    expect(queue().search.matches?.size).toBe(0);
    await queue().setSearch('   ');
    expect(queue().search).toMatchObject({ text: '   ', matches: null, running: false });
  });

  it('finds Traditional Chinese from a Simplified search and the other way round', async () => {
    await putDrafts(getDatabase(), [draft('p1', 'd-5', { draft: '退款说明：您的订单已经发货。' })]);
    await queue().open('p1');
    await queue().setSearch('行李额度'); // Simplified, the draft is Traditional
    expect(matches()).toEqual(['d-1']);
    await queue().setSearch('會議纪录'); // mixed forms, in the context title
    expect(matches()).toEqual(['d-2']);
    await queue().setSearch('訂單已經發貨'); // Traditional, the draft is Simplified
    expect(matches()).toEqual(['d-5']);
  });

  it('finds amounts whatever their grouping and width', async () => {
    await putDrafts(getDatabase(), [
      draft('p1', 'd-6', { draft: 'The refund of NT$1,280 is on its way.' }),
      draft('p1', 'd-7', { draft: '退款金額：ＮＴ＄１，２８０' }),
      draft('p1', 'd-8', { draft: 'Items 12, 80 and 1280 were returned.' }),
      draft('p1', 'd-10', { draft: '共 128，0 件' }),
    ]);
    await queue().open('p1');
    await queue().setSearch('1280');
    expect(matches()).toEqual(['d-6', 'd-7', 'd-8']);
    await queue().setSearch('１２８０');
    expect(matches()).toEqual(['d-6', 'd-7', 'd-8']);
    await queue().setSearch('NT$1,280');
    expect(matches()).toEqual(['d-6', 'd-7']);
  });

  it('finds a draft by what it says after it changed, not by what it said before', async () => {
    await queue().setSearch('parcel');
    expect(matches()).toEqual(['d-3']);
    const changed = { ...sample[3]!, draft: 'Your PARCEL left the depot' };
    await putDrafts(getDatabase(), [changed]);
    await queue().applyChange({ drafts: [{ projectId: 'p1', draftIds: ['d-4'] }] });
    await queue().setSearch('parcel');
    expect(matches()).toEqual(['d-3', 'd-4']);
    await queue().setSearch('nothing to see');
    expect(matches()).toEqual([]);
  });

  it('lets a newer search supersede an older one, whose result never lands', async () => {
    const states = await recordStates(async () => {
      const older = queue().setSearch('行李');
      const newer = queue().setSearch('parcel');
      await Promise.all([older, newer]);
      await settleReads('p1');
    });
    expect(queue().search).toMatchObject({ text: 'parcel', running: false });
    expect(matches()).toEqual(['d-3']);
    const firstNewer = states.findIndex((state) => state.search.text === 'parcel');
    expect(firstNewer).toBeGreaterThanOrEqual(0);
    const lateOlder = states.slice(firstNewer).filter((state) => state.search.text === '行李');
    expect(lateOlder).toEqual([]);
  });
});

describe('searching a large queue', () => {
  const matches = () => [...(queue().search.matches ?? [])].sort();

  it('reports how many drafts it has looked at, in order, of the total, and ends whole', async () => {
    const drafts = Array.from({ length: 1500 }, (_, index) =>
      draft('p1', `d-${String(index).padStart(4, '0')}`, {
        draft: index % 500 === 7 ? `第 ${index} 份：退款金額` : `Draft ${index}`,
      }),
    );
    await putDrafts(getDatabase(), drafts);
    await queue().open('p1');
    await vi.waitFor(() => expect(queue().status).toBe('ready'));

    const states = await recordStates(() => queue().setSearch('退款金額'));

    const running = states.filter((state) => state.search.running);
    expect(running[0]?.search).toMatchObject({ scanned: 0, total: 1500 });
    const progress = running.map((state) => state.search.scanned);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(queue().search).toMatchObject({ running: false, scanned: 1500, total: 1500 });
    expect(matches()).toEqual(['d-0007', 'd-0507', 'd-1007']);
  });

  it('finds every match when searched before the drafts were read for searching', async () => {
    const drafts = Array.from({ length: 1200 }, (_, index) =>
      draft('p1', `d-${String(index).padStart(4, '0')}`, {
        draft: index % 400 === 3 ? `Refund of NT$1,280 (${index})` : `Draft ${index}`,
      }),
    );
    await putDrafts(getDatabase(), drafts);
    await queue().open('p1');
    // At once: the search index is still being read behind the queue.
    await queue().setSearch('1280');
    expect(queue().search).toMatchObject({ running: false, total: 1200 });
    expect(matches()).toEqual(['d-0003', 'd-0403', 'd-0803']);
  });
});
