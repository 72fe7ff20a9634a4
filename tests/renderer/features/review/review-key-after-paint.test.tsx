/**
 * Issue 12, point 21: J and a decision paint the next draft first. What the reviewer does not
 * see at once (the draft's decision history, the saved review position, the decision's
 * transaction) starts after that paint, not inside the key's own task.
 */
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as decisionsRepository from '../../../../renderer/db/repositories/decisions-repository';
import * as eventsRepository from '../../../../renderer/db/repositories/events-repository';
import * as metaRepository from '../../../../renderer/db/repositories/meta-repository';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { nextInQueue, renderReview, settle } from './review-harness';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

/** Spies on every database read or write a key used to start in its own task. */
function spyOnReads() {
  return {
    history: vi.spyOn(eventsRepository, 'listDraftEvents'),
    position: vi.spyOn(metaRepository, 'setMeta'),
    heads: vi.spyOn(decisionsRepository, 'ownHeads'),
  };
}

describe('a key paints before it reads or writes', () => {
  it('J shows the next draft, then reads its history and saves the position', async () => {
    const { screen } = await renderReview();
    const nextId = nextInQueue();
    await waitFor(() => expect(useReviewStore.getState().upcoming?.draft.id).toBe(nextId));
    await settle();
    const spies = spyOnReads();

    act(() => {
      fireEvent.keyDown(document.body, { key: 'j' });
    });

    expect(screen.getByRole('heading', { name: `Draft ${nextId}` })).toBeInTheDocument();
    expect(spies.history).not.toHaveBeenCalled();
    expect(spies.position).not.toHaveBeenCalled();
    // Reading the draft after it starts at once (its database work is off this thread): waiting
    // for the paint left it unprepared when keys came fast, and the bench's p50 doubled.
    // After the paint, all of it happens.
    await waitFor(() => {
      expect(spies.history).toHaveBeenCalledWith(expect.anything(), expect.anything(), nextId);
      expect(spies.position).toHaveBeenCalledWith(expect.anything(), 'reviewPosition', {
        projectId: useReviewStore.getState().project?.id,
        draftId: nextId,
      });
      expect(useReviewStore.getState().upcoming?.draft.id).toBe(nextInQueue());
    });
  });

  it('a decision shows the next draft, then saves', async () => {
    const { screen } = await renderReview();
    const nextId = nextInQueue();
    await waitFor(() => expect(useReviewStore.getState().upcoming?.draft.id).toBe(nextId));
    await settle();
    const spies = spyOnReads();

    act(() => {
      fireEvent.keyDown(document.body, { key: 's' });
    });

    expect(screen.getByRole('heading', { name: `Draft ${nextId}` })).toBeInTheDocument();
    expect(useReviewStore.getState().saveStatus).toBe('saving');
    expect(spies.heads).not.toHaveBeenCalled();
    expect(spies.history).not.toHaveBeenCalled();
    await waitFor(() => expect(useReviewStore.getState().saveStatus).toBe('saved'));
    expect(spies.heads).toHaveBeenCalled();
  });
});
