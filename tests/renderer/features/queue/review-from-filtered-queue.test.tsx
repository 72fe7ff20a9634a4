/**
 * Filters and search carry into review (issue 12): a draft opened from a filtered queue is
 * reviewed within that list — J, K, a decision's next draft and the counter follow it, and the
 * ends of the list are not left for drafts the reviewer filtered out.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectQueue } from '../../../../renderer/features/queue/project-queue';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { resetAppEnvironment } from '../../support/app-env';
import { openSyntheticProject, renderWithI18n, SAMPLE_DRAFTS } from './queue-fixtures';

beforeEach(async () => {
  await resetAppEnvironment();
  await openSyntheticProject(SAMPLE_DRAFTS);
});

afterEach(cleanup);

const review = () => useReviewStore.getState();

async function openFirstRow(user: Awaited<ReturnType<typeof renderWithI18n>>['user']) {
  const list = screen.getByRole('listbox');
  list.focus();
  await user.keyboard('{Home}{Enter}');
}

describe('reviewing from a filtered queue', () => {
  it('J and K stay within the pending drafts, and stop at the ends of that list', async () => {
    const { user } = await renderWithI18n(<ProjectQueue />, 'en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'pending');
    const shown = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .map((row) => row.querySelector('.queue-row-id')?.textContent);
    expect(shown).toEqual(['d-1', 'd-4']);

    await openFirstRow(user);
    await waitFor(() => expect(review().currentId).toBe('d-1'));
    expect(useQueueStore.getState().trail?.draftIds).toEqual(['d-1', 'd-4']);

    review().next();
    await waitFor(() => expect(review().currentId).toBe('d-4'));
    // The last of the filtered list: J does not walk on into the drafts filtered out.
    review().next();
    await new Promise((done) => setTimeout(done, 50));
    expect(review().currentId).toBe('d-4');
    review().previous();
    await waitFor(() => expect(review().currentId).toBe('d-1'));
    review().previous();
    await new Promise((done) => setTimeout(done, 50));
    expect(review().currentId).toBe('d-1');
  });

  it('follows the whole queue again when opened from the unfiltered list', async () => {
    const { user } = await renderWithI18n(<ProjectQueue />, 'en');
    await openFirstRow(user);
    await waitFor(() => expect(review().currentId).not.toBeNull());
    expect(useQueueStore.getState().trail).toBeNull();
    const first = review().currentId;
    review().next();
    const order = useQueueStore.getState().entries.map((entry) => entry.draftId);
    await waitFor(() => expect(review().currentId).toBe(order[order.indexOf(first ?? '') + 1]));
  });
});
