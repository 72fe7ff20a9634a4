/**
 * Issue 12, point 21: painting the next draft was the cost of a decision. The next draft is read
 * and rendered ahead, out of the page, while the reviewer reads the current one; J (and a
 * decision) then only moves it in, without reading the database or building its elements.
 */
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as draftsRepository from '../../../../renderer/db/repositories/drafts-repository';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { renderReview } from './review-harness';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

/** The draft after the one on screen in queue order. */
function nextInQueue(): string {
  const { entries, positions } = useQueueStore.getState();
  const at = positions.get(useReviewStore.getState().currentId ?? '');
  const id = at === undefined ? undefined : entries[at + 1]?.draftId;
  if (id === undefined) {
    throw new Error('no next draft in the queue');
  }
  return id;
}

/** Lets React finish every update it has scheduled, the idle-priority ones included. */
const settle = () => act(() => new Promise((done) => setTimeout(done, 20)));

describe('the next draft, prepared ahead', () => {
  it('is read and rendered before J, so J shows it without a read or a render of its own', async () => {
    const { screen } = await renderReview();
    const nextId = nextInQueue();
    await waitFor(() => expect(useReviewStore.getState().upcoming?.draft.id).toBe(nextId));
    await settle();
    // Prepared out of the page: nothing of it is on screen yet.
    expect(screen.queryByRole('heading', { name: `Draft ${nextId}` })).toBeNull();

    const reads = vi.spyOn(draftsRepository, 'getDraft');
    const created = vi.spyOn(document, 'createElement');
    act(() => {
      fireEvent.keyDown(document.body, { key: 'j' });
    });

    // On screen in the key's own render: its header, its text, its decision bar.
    expect(screen.getByRole('heading', { name: `Draft ${nextId}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Approve/ })).toBeEnabled();
    expect(reads).not.toHaveBeenCalledWith(expect.anything(), expect.anything(), nextId);
    // Its workspace (well over a hundred elements) was built ahead; J builds next to none.
    expect(created.mock.calls.length).toBeLessThan(10);
  });

  it('follows the draft on screen: after J the one after it is prepared next', async () => {
    await renderReview();
    const second = nextInQueue();
    await waitFor(() => expect(useReviewStore.getState().upcoming?.draft.id).toBe(second));
    act(() => {
      fireEvent.keyDown(document.body, { key: 'j' });
    });
    expect(useReviewStore.getState().currentId).toBe(second);
    const third = nextInQueue();
    await waitFor(() => expect(useReviewStore.getState().upcoming?.draft.id).toBe(third));
  });
});
