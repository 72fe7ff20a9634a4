import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectQueue } from '../../../../renderer/features/queue/project-queue';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { resetAppEnvironment } from '../../support/app-env';
import { openSyntheticProject, renderWithI18n, SAMPLE_DRAFTS } from './queue-fixtures';

beforeEach(async () => {
  await resetAppEnvironment();
  await openSyntheticProject(SAMPLE_DRAFTS);
});

afterEach(cleanup);

/** The rows of the draft list (the selects' options are options too, hence the scoping). */
function rows(): HTMLElement[] {
  return within(screen.getByRole('listbox')).getAllByRole('option');
}

/**
 * Types into the search box in one go (per-key typing is slow in jsdom for long words), then waits
 * until the search has looked at every draft.
 */
async function search(user: UserEvent, name: string, text: string) {
  const box = screen.getByRole('searchbox', { name });
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  expect(box).toHaveValue(text);
  await waitFor(() =>
    expect(useQueueStore.getState().search).toMatchObject({ text, running: false }),
  );
}

/** The ids of the drafts the list shows, in order. */
function shownIds(): string[] {
  return rows().map((option) => option.querySelector('.queue-row-id')?.textContent ?? '');
}

describe('project queue (English)', () => {
  it('counts drafts per status in the summary bar, with the sitting progress', async () => {
    useReviewStore.setState({ sittingCount: 2 });
    await renderWithI18n(<ProjectQueue />, 'en');
    const summary = screen.getByRole('region', { name: 'Queue summary' });
    expect(within(summary).getByTestId('count-pending')).toHaveTextContent('Pending2');
    expect(within(summary).getByTestId('count-approved')).toHaveTextContent('Approved1');
    expect(within(summary).getByTestId('count-escalated')).toHaveTextContent('Escalated1');
    expect(within(summary).getByTestId('count-resolved')).toHaveTextContent('Resolved0');
    expect(within(summary).getByTestId('sitting-progress')).toHaveTextContent(
      'This sitting: 2 decided · 2 still pending',
    );
  });

  it('while the rest of the queue is read: rows shown, counts and filters wait', async () => {
    await renderWithI18n(<ProjectQueue />, 'en');
    act(() => useQueueStore.setState({ status: 'partial' }));
    const summary = screen.getByRole('region', { name: 'Queue summary' });
    expect(within(summary).getByTestId('count-pending')).toHaveTextContent('Pending…');
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeDisabled();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Reading the rest of the queue');
    expect(rows()).toHaveLength(SAMPLE_DRAFTS.length);

    act(() => useQueueStore.setState({ status: 'ready' }));
    expect(within(summary).getByTestId('count-pending')).toHaveTextContent('Pending2');
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeEnabled();
  });

  it('shows each row with id, status word, model, prompt version, priority and two lines', async () => {
    await renderWithI18n(<ProjectQueue />, 'en');
    const first = rows()[0]!;
    expect(first).toHaveTextContent('d-1');
    expect(first).toHaveTextContent('Pending');
    expect(first).toHaveTextContent('gpt-4.1 2025-04-14');
    expect(first).toHaveTextContent('Prompt support-v1');
    expect(first).toHaveTextContent('Priority 1');
    // The draft as written, its second line folded in after the first (issue 12).
    expect(first.querySelector('.queue-row-text')).toHaveTextContent(
      /^# Refund policy You can return/,
    );
    expect(first.querySelector('time')).toHaveAttribute('datetime', '2026-11-20T10:00:00Z');
  });

  it('filters by status (options carry counts) and by model', async () => {
    const { user } = await renderWithI18n(<ProjectQueue />, 'en');
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(within(status).getByRole('option', { name: 'Pending (2)' })).toBeInTheDocument();
    expect(within(status).getByRole('option', { name: 'All statuses (6)' })).toBeInTheDocument();

    await user.selectOptions(status, 'pending');
    expect(shownIds()).toEqual(['d-1', 'd-4']);

    await user.selectOptions(status, 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'claude-sonnet 4.5');
    expect(shownIds()).toEqual(['d-2', 'd-3']);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Prompt version' }),
      'summary-v2',
    );
    expect(shownIds()).toEqual(['d-3']);
  });

  it('searches id, draft, prompt and context, ignoring case', async () => {
    const { user } = await renderWithI18n(<ProjectQueue />, 'en');
    await search(user, 'Search', 'parcel');
    expect(shownIds()).toEqual(['d-4']);
    await search(user, 'Search', 'REFUND');
    expect(shownIds()).toEqual(['d-1']);
    await search(user, 'Search', 'D-6');
    expect(shownIds()).toEqual(['d-6']);
    await search(user, 'Search', 'nothing like this');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText(/No drafts match these filters/)).toBeInTheDocument();
  });

  it('opens the active row in review with Enter', async () => {
    const { user } = await renderWithI18n(<ProjectQueue />, 'en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'escalated');
    screen.getByRole('listbox').focus();
    await user.keyboard('{Enter}');
    expect(useNavigationStore.getState().screen).toBe('review');
    // d-3 is the only escalated row: the row opens its draft, not the draft at the filtered index.
    await waitFor(() => expect(useReviewStore.getState().current?.draft.id).toBe('d-3'));
    expect(useReviewStore.getState().currentId).toBe('d-3');
  });
});

describe('project queue (Traditional Chinese)', () => {
  it('finds a Chinese substring in the draft or its context, and shows translated statuses', async () => {
    const { user } = await renderWithI18n(<ProjectQueue />, 'zh-TW');
    await search(user, '搜尋', '行李額度');
    expect(shownIds()).toEqual(['d-2']);
    expect(rows()[0]).toHaveTextContent('已核准');

    await search(user, '搜尋', '載入慢');
    expect(shownIds()).toEqual(['d-3']);
    expect(rows()[0]).toHaveTextContent('已呈報');
  });

  it('labels filters and counts in Chinese, and opens a row with a click', async () => {
    const { user } = await renderWithI18n(<ProjectQueue />, 'zh-TW');
    const status = screen.getByRole('combobox', { name: '狀態' });
    expect(within(status).getByRole('option', { name: '待審閱（2）' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '模型' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '提示詞版本' })).toBeInTheDocument();
    await user.click(rows()[1]!);
    expect(useNavigationStore.getState().screen).toBe('review');
    await waitFor(() => expect(useReviewStore.getState().current?.draft.id).toBe('d-2'));
  });
});
