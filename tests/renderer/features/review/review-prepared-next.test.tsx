/**
 * Issue 12, point 21: painting the next draft was the cost of a decision. The next draft is read
 * and rendered ahead, out of the page, while the reviewer reads the current one; J (and a
 * decision) then only moves it in, without reading the database or building its elements.
 */
import { act, cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as draftsRepository from '../../../../renderer/db/repositories/drafts-repository';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import type * as ReviewHeaderModule from '../../../../renderer/features/review/review-header';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { nextInQueue, renderReview, settle } from './review-harness';

/** How often each draft's header (rendered with its whole workspace) was rendered. */
const headerRenders = new Map<string, number>();
vi.mock('../../../../renderer/features/review/review-header', async (importOriginal) => {
  const actual = await importOriginal<typeof ReviewHeaderModule>();
  return {
    ...actual,
    ReviewHeader: (props: Parameters<typeof actual.ReviewHeader>[0]) => {
      headerRenders.set(props.draft.id, (headerRenders.get(props.draft.id) ?? 0) + 1);
      return actual.ReviewHeader(props);
    },
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

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

  it('J shows the prepared draft without rendering its workspace again', async () => {
    await renderReview();
    // One J first, so that what loads once (the keymap) is in before the draft after is prepared.
    await waitFor(() => expect(useReviewStore.getState().upcoming?.draft.id).toBe(nextInQueue()));
    act(() => {
      fireEvent.keyDown(document.body, { key: 'j' });
    });
    const nextId = nextInQueue();
    await waitFor(() => expect(useReviewStore.getState().upcoming?.draft.id).toBe(nextId));
    await settle();
    const rendersBefore = headerRenders.get(nextId);
    expect(rendersBefore).toBeGreaterThan(0);

    act(() => {
      fireEvent.keyDown(document.body, { key: 'j' });
    });

    expect(useReviewStore.getState().currentId).toBe(nextId);
    // Revealed as rendered ahead: the key's task renders none of it again (its rubric's ref
    // attached on reveal used to re-render the whole workspace inside the key).
    expect(headerRenders.get(nextId)).toBe(rendersBefore);
  });

  it('K then J shows a draft clean: rubric answers do not carry over', async () => {
    const { screen, user } = await renderReview();
    const first = useReviewStore.getState().currentId;
    const second = nextInQueue();
    const rating = () =>
      within(screen.getByRole('group', { name: /^Overall quality of the original draft/ }));
    const press = async (key: string, lands: string | null) => {
      act(() => {
        fireEvent.keyDown(document.body, { key });
      });
      await waitFor(() => expect(useReviewStore.getState().currentId).toBe(lands));
      await settle();
    };

    await press('j', second);
    await user.click(rating().getByRole('radio', { name: '4' }));
    expect(rating().getByRole('radio', { name: '4' })).toBeChecked();
    // Back with K: the draft just left is the one J shows next, but it is not kept as it was.
    await press('k', first);
    await press('j', second);
    expect(screen.getByRole('heading', { name: `Draft ${second}` })).toBeInTheDocument();
    expect(rating().getByRole('radio', { name: '4' })).not.toBeChecked();

    // J then K likewise: the draft gone back to starts clean.
    await press('k', first);
    await user.click(rating().getByRole('radio', { name: '2' }));
    await press('j', second);
    await press('k', first);
    expect(rating().getByRole('radio', { name: '2' })).not.toBeChecked();
  });

  it('prepares two drafts ahead, so two quick Js both reveal drafts rendered before them', async () => {
    await renderReview();
    const { entries, positions } = useQueueStore.getState();
    const at = positions.get(useReviewStore.getState().currentId ?? '') ?? -1;
    const [second, third] = [entries[at + 1]?.draftId, entries[at + 2]?.draftId];
    await waitFor(() => {
      expect(useReviewStore.getState().upcoming?.draft.id).toBe(second);
      expect(useReviewStore.getState().later?.draft.id).toBe(third);
    });
    await settle();
    const thirdRenders = headerRenders.get(third ?? '');
    // Rendered hidden while the first draft is on screen, two keys before it is shown.
    expect(thirdRenders).toBeGreaterThan(0);

    act(() => {
      fireEvent.keyDown(document.body, { key: 'j' });
    });
    act(() => {
      fireEvent.keyDown(document.body, { key: 'j' });
    });

    expect(useReviewStore.getState().currentId).toBe(third);
    expect(headerRenders.get(third ?? '')).toBe(thirdRenders);
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
