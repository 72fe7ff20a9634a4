import { act, cleanup, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getDraftState } from '../../../../renderer/db/repositories/draft-state-repository';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { resetAppEnvironment } from '../../support/app-env';
import { currentDraft, queueStatus, renderReview } from './review-harness';

/** A draft's stored derived state, as the decision's transaction left it. */
const storedState = (draftId: string) =>
  getDraftState(getDatabase(), useReviewStore.getState().project!.id, draftId);

beforeEach(async () => {
  await resetAppEnvironment();
});

afterEach(() => {
  cleanup();
});

describe('ReviewScreen', { timeout: 20_000 }, () => {
  it('shows the header, the source context and the draft', async () => {
    const { screen } = await renderReview({ draftId: 'demo-003' });
    const draft = currentDraft()!;
    expect(screen.getByRole('heading', { name: 'Draft demo-003' })).toBeInTheDocument();
    const total = useQueueStore.getState().entries.length;
    const position = useQueueStore.getState().positions.get(draft.id)! + 1;
    expect(position).toBeGreaterThan(0);
    expect(screen.getByText(`${position} / ${total}`)).toBeInTheDocument();
    expect(screen.getByText('Pending')).toBeInTheDocument();
    expect(screen.getByText(`${draft.model.name} ${draft.model.version}`)).toBeInTheDocument();
    expect(screen.getByText('Booking 8QZJTD')).toBeInTheDocument();
    expect(screen.getByText('NW-30118')).toBeInTheDocument();
    expect(screen.getByText('Northwind Air', { exact: false })).toBeInTheDocument();
  });

  it.each(['demo-008', 'demo-042'])(
    'renders hostile %s without script, image or javascript: links',
    async (id) => {
      const { container } = await renderReview({ draftId: id });
      expect(container.querySelectorAll('script, img, iframe')).toHaveLength(0);
      const hrefs = [...container.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
      expect(hrefs.filter((href) => /^\s*javascript:/i.test(href ?? ''))).toEqual([]);
      // The injected markup is visible as text, so the reviewer can see what the model wrote.
      expect(container.textContent).toContain('onerror');
    },
  );

  it('approves by button once the required rating is answered, shows Saved and moves on', async () => {
    const { screen, user } = await renderReview();
    const first = currentDraft()!.id;
    await user.click(screen.getByRole('button', { name: /Approve/ }));
    const message = await screen.findByRole('alert');
    expect(message).toHaveTextContent('Overall quality of the original draft');
    expect(screen.getByRole('radio', { name: '1' })).toHaveFocus();
    expect(queueStatus(first)).toBe('pending');

    await user.click(screen.getByRole('radio', { name: '4' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Approve/ }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    expect(currentDraft()!.id).not.toBe(first);
    expect((await storedState(first))?.status).toBe('approved');
    expect(queueStatus(first)).toBe('approved');
    // The rubric starts empty on the next draft.
    expect(screen.getByRole('radio', { name: '4' })).not.toBeChecked();
  });

  it('escalates only with a reason, and records reason and note', async () => {
    const { screen, user } = await renderReview();
    const first = currentDraft()!.id;
    await user.click(screen.getByRole('button', { name: /Escalate/ }));
    const dialog = screen.getByRole('dialog', { name: 'Escalate this draft' });
    expect(within(dialog).getByRole('combobox', { name: 'Reason' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Escalate' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose a reason');

    await user.selectOptions(within(dialog).getByRole('combobox'), 'Policy or compliance');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Note for the lead' }),
      'refund{Control>}{Enter}{/Control}',
    );
    await waitFor(() => expect(queueStatus(first)).toBe('escalated'));
    expect(await storedState(first)).toMatchObject({ status: 'escalated' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Escape cancels the escalate dialog without deciding', async () => {
    const { screen, user } = await renderReview();
    await user.click(screen.getByRole('button', { name: /Escalate/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useReviewStore.getState().sittingCount).toBe(0);
  });

  it('edits through the draft editor and saves the final text with the labels', async () => {
    const { screen, user } = await renderReview();
    const first = currentDraft()!.id;
    await user.click(screen.getByRole('radio', { name: '2' }));
    await user.click(screen.getByRole('button', { name: /^Edit/ }));
    const editor = await screen.findByRole('textbox', { name: 'Edited draft' });
    await user.clear(editor);
    await user.type(editor, 'A better answer.');
    await user.click(screen.getByRole('button', { name: 'Save edit' }));
    await waitFor(() => expect(queueStatus(first)).toBe('edited'));
    expect((await storedState(first))?.finalText).toBe('A better answer.');
  });

  it('moves the split separator with the arrow keys', async () => {
    const { screen, user } = await renderReview();
    const separator = screen.getByRole('separator', { name: 'Resize source and draft panes' });
    const before = Number(separator.getAttribute('aria-valuenow'));
    act(() => separator.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(Number(separator.getAttribute('aria-valuenow'))).toBe(before + 4);
    await user.keyboard('{ArrowLeft}');
    expect(Number(separator.getAttribute('aria-valuenow'))).toBe(before + 2);
    await user.keyboard('{Home}');
    expect(separator).toHaveAttribute('aria-valuenow', '20');
  });

  it('shows its strings in Traditional Chinese', async () => {
    const { screen, user } = await renderReview({ language: 'zh-TW', draftId: 'demo-042' });
    expect(screen.getByRole('button', { name: '返回佇列' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /核准/ })).toBeInTheDocument();
    expect(screen.getByText('待審閱')).toBeInTheDocument();
    expect(screen.getByText('原始草稿的整體品質', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('LLM 評審建議')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /呈報/ }));
    expect(screen.getByRole('option', { name: '政策或法遵問題' })).toBeInTheDocument();
  });

  it('names a draft that could not be read, not a failed save', async () => {
    const { screen } = await renderReview();
    act(() => useReviewStore.setState({ errorKey: 'review.errors.readFailed' }));
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('status')).toHaveTextContent(
      'Loupe could not read this draft from the local database.',
    );
  });

  it('goes back to the queue', async () => {
    const { screen, user, onBack } = await renderReview();
    await user.click(screen.getByRole('button', { name: 'Back to queue' }));
    expect(onBack).toHaveBeenCalledOnce();
  });
});
