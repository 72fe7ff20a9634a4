/**
 * Issue 12 point 7: the required rating is answered by a digit, and a decision refused for a
 * missing answer brings that question into view with focus on it.
 */
import { cleanup, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { listDraftEvents } from '../../../../renderer/db/repositories/events-repository';
import { useKeymapStore } from '../../../../renderer/stores/keymap/keymap-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { resetAppEnvironment } from '../../support/app-env';
import { currentDraft, queueStatus, renderReview } from '../review/review-harness';

/** The decisions recorded for `draftId`, oldest first. */
const events = async (draftId: string) =>
  (await listDraftEvents(getDatabase(), useReviewStore.getState().project!.id, draftId)).sort(
    (a, b) => a.eventId.localeCompare(b.eventId),
  );

const ratingGroup = (screen: Awaited<ReturnType<typeof renderReview>>['screen']) =>
  screen.getByRole('group', { name: /^Overall quality of the original draft/ });

// jsdom has no scrollIntoView; tests that need it stub it, and it is put back as it was.
const nativeScrollIntoView = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');

beforeEach(async () => {
  await resetAppEnvironment();
  useKeymapStore.getState().reset();
  await useKeymapStore.getState().load();
});

afterEach(() => {
  cleanup();
  if (nativeScrollIntoView === undefined) {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  } else {
    Object.defineProperty(Element.prototype, 'scrollIntoView', nativeScrollIntoView);
  }
});

describe('rubric digit keys on the review screen', { timeout: 20_000 }, () => {
  it('answers the required rating with 4, then A approves with the rating recorded', async () => {
    const { screen, user } = await renderReview();
    const first = currentDraft()!.id;

    await user.keyboard('4');
    expect(within(ratingGroup(screen)).getByRole('radio', { name: '4' })).toBeChecked();

    await user.keyboard('a');
    await waitFor(() => expect(queueStatus(first)).toBe('approved'));
    const [decision] = await events(first);
    expect(decision).toMatchObject({ kind: 'approve', payload: { labels: { quality: 4 } } });
    // The next draft starts with an empty rubric.
    expect(currentDraft()!.id).not.toBe(first);
    expect(within(ratingGroup(screen)).getByRole('radio', { name: '4' })).not.toBeChecked();
  });

  it('shows each rating key beside its point', async () => {
    const { screen } = await renderReview();
    const radios = within(ratingGroup(screen)).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('aria-keyshortcuts'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    // The error categories get no digits while the rating is where digits go.
    const errors = screen.getByRole('group', { name: /^What was wrong with the draft/ });
    expect(within(errors).getAllByRole('checkbox')[0]).not.toHaveAttribute('aria-keyshortcuts');
  });

  it('brings the missing rating into view and focuses it when A is refused', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const { screen, user } = await renderReview();
    const first = currentDraft()!.id;

    await user.keyboard('a');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Overall quality of the original draft',
    );
    const group = ratingGroup(screen);
    expect(group).toContainElement(document.activeElement as HTMLElement);
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
    expect(scrolled.mock.contexts[0]).toBe(group);
    expect(queueStatus(first)).toBe('pending');

    // Focus is on the rating: a digit answers it and A, pressed there, approves.
    await user.keyboard('3');
    expect(within(group).getByRole('radio', { name: '3' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: '3' })).toHaveFocus();
    await user.keyboard('a');
    await waitFor(() => expect(queueStatus(first)).toBe('approved'));
    expect((await events(first))[0]?.payload).toEqual({ labels: { quality: 3 } });
  });

  it('focuses the missing rating when saving an edit is refused, and digits answer it', async () => {
    const { screen, user } = await renderReview();
    const first = currentDraft()!.id;

    await user.keyboard('e');
    const editor = await screen.findByRole('textbox', { name: 'Edited draft' });
    await user.type(editor, '{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Overall quality of the original draft',
    );
    const group = ratingGroup(screen);
    expect(group).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('2');
    expect(within(group).getByRole('radio', { name: '2' })).toBeChecked();
    expect(queueStatus(first)).toBe('pending');

    // Focus is still on the rating, outside the editor: Ctrl+Enter there saves the edit too.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(queueStatus(first)).toBe('edited'));
    const [decision] = await events(first);
    expect(decision).toMatchObject({ kind: 'edit', payload: { labels: { quality: 2 } } });
    expect(screen.queryByRole('textbox', { name: 'Edited draft' })).not.toBeInTheDocument();
  });

  it('leaves digits typed into the editor or the note alone', async () => {
    const { screen, user } = await renderReview();
    const group = ratingGroup(screen);

    const noteField = screen.getByRole('textbox', { name: /Note/ });
    await user.type(noteField, '45');
    expect(noteField).toHaveValue('45');

    await user.click(screen.getByRole('button', { name: /^Edit/ }));
    const editor = await screen.findByRole('textbox', { name: 'Edited draft' });
    await user.clear(editor);
    await user.type(editor, 'Refund of 1234 NTD');
    expect(editor).toHaveValue('Refund of 1234 NTD');

    for (const radio of within(group).getAllByRole('radio')) {
      expect(radio).not.toBeChecked();
    }
  });

  it('gives digits to the question that holds focus', async () => {
    const { screen, user } = await renderReview();
    const errors = screen.getByRole('group', { name: /^What was wrong with the draft/ });
    const [factual, omission, tone] = within(errors).getAllByRole('checkbox');

    await user.click(factual!);
    expect(factual).toBeChecked();
    expect(tone).toHaveAttribute('aria-keyshortcuts', '3');
    await user.keyboard('3');
    expect(tone).toBeChecked();
    expect(tone).toHaveFocus();
    await user.keyboard('3');
    expect(tone).not.toBeChecked();
    expect(omission).not.toBeChecked();
    // The rating was not touched.
    for (const radio of within(ratingGroup(screen)).getAllByRole('radio')) {
      expect(radio).not.toBeChecked();
    }
  });

  it('leaves a digit remapped to a review action to that action', async () => {
    await useKeymapStore.getState().assignKey('skip', '5');
    const { screen, user } = await renderReview();
    const first = currentDraft()!.id;

    await user.keyboard('5');
    await waitFor(() => expect(currentDraft()!.id).not.toBe(first));
    expect(within(ratingGroup(screen)).getByRole('radio', { name: '5' })).not.toBeChecked();
  });
});
