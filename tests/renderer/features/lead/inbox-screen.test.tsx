/**
 * The lead's inbox on screen (issue 14): who sees it (a lead, an admin, or solo without a hub;
 * never a reviewer, not even for a moment at start-up), and a lead working it by keyboard:
 * J/K and Enter, the source beside the draft, every decision with its diffs, a call by digit,
 * undo by Z, send back by B with a note.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getDraftState } from '../../../../renderer/db/repositories/draft-state-repository';
import { InboxButton } from '../../../../renderer/features/lead/inbox/inbox-button';
import { InboxScreen } from '../../../../renderer/features/lead/inbox/inbox-screen';
import { ShortcutCheatsheet } from '../../../../renderer/features/keyboard/shortcut-cheatsheet';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { useLeadInboxStore } from '../../../../renderer/stores/lead/inbox/lead-inbox-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import type { Language } from '../../../../shared/ipc/contract';
import type { HubRole } from '../../../../shared/sync/roles';
import { resetAppEnvironment } from '../../support/app-env';
import { seedTeamInbox, signInAsLead } from '../../stores/lead/inbox-support';

function connectAs(role: HubRole | null, known = true) {
  useSyncStore.setState({
    known,
    connection:
      role === null ? null : { url: 'http://hub.test', user: { id: 'u1', name: 'U', role } },
  });
}

function renderWithI18n(ui: React.ReactElement, language: Language = 'en') {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}

beforeEach(async () => {
  await resetAppEnvironment();
  useLeadInboxStore.getState().reset();
  useSyncStore.setState({ known: false, connection: null });
});
afterEach(cleanup);

describe('who sees the lead’s inbox', () => {
  it.each([
    ['a reviewer on a hub', 'reviewer' as const, true],
    ['an evaluator on a hub', 'evaluator' as const, true],
    ['anyone before the stored connection is read', null, false],
  ])('%s sees no inbox button and no lead keys', async (_who, role, known) => {
    await signInAsLead();
    await seedTeamInbox();
    connectAs(role, known);
    renderWithI18n(
      <>
        <InboxButton />
        <ShortcutCheatsheet open onClose={() => undefined} />
      </>,
    );
    expect(screen.getByRole('table', { name: 'Review' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Inbox/ })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Lead inbox' })).toBeNull();
    expect(screen.queryByText('Reject the draft')).toBeNull();
  });

  it.each([
    ['solo, with no hub', null],
    ['a lead', 'lead' as const],
    ['an admin', 'admin' as const],
  ])('%s sees the inbox button with its count, and the lead keys', async (_who, role) => {
    await signInAsLead();
    await seedTeamInbox();
    connectAs(role);
    const user = userEvent.setup();
    renderWithI18n(
      <>
        <InboxButton />
        <ShortcutCheatsheet open onClose={() => undefined} />
      </>,
    );
    const button = await screen.findByRole('button', { name: 'Inbox (4)' });
    const leadKeys = screen.getByRole('table', { name: 'Lead inbox' });
    expect(within(leadKeys).getByText('Reject the draft')).toBeInTheDocument();
    await user.click(button);
    expect(useNavigationStore.getState().screen).toBe('inbox');
  });

  it('hides the button when the hub says the user became a reviewer', async () => {
    await signInAsLead();
    await seedTeamInbox();
    connectAs('lead');
    renderWithI18n(<InboxButton />);
    await screen.findByRole('button', { name: 'Inbox (4)' });
    act(() => connectAs('reviewer'));
    expect(screen.queryByRole('button', { name: /Inbox/ })).toBeNull();
  });
});

describe('working the inbox by keyboard', () => {
  it('J/K and Enter open a dispute beside its source; a digit accepts that edit; Z undoes', async () => {
    await signInAsLead();
    await seedTeamInbox();
    connectAs(null);
    const user = userEvent.setup();
    renderWithI18n(<InboxScreen />);
    const list = await screen.findByRole('listbox', { name: 'Drafts waiting for a lead' });
    expect(within(list).getAllByRole('option')).toHaveLength(4);
    expect(screen.getByText('Showing 4 of 4 drafts waiting for a lead')).toBeInTheDocument();

    await user.keyboard('jj');
    await user.keyboard('k');
    await user.keyboard('{ArrowDown}');
    const selected = within(list).getByRole('option', { selected: true });
    expect(selected).toHaveAttribute('data-draft-id', 'd-edits');
    await user.keyboard('{Enter}');

    // The source beside the draft, and every standing decision.
    expect(await screen.findByText('Refund policy')).toBeInTheDocument();
    expect(screen.getByText('Original text of d-edits.')).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: "ann's edit against the original" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: "bo's edit against the original" }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: "ann's edit against bo's" })).toBeInTheDocument();
    expect(screen.getByText('Reason: Tone')).toBeInTheDocument();
    expect(screen.getByText('Note: Neither edit fits our tone')).toBeInTheDocument();
    expect(screen.getAllByText('Active time: 42 seconds')).toHaveLength(3);

    await user.keyboard('2');
    await waitFor(async () =>
      expect((await getDraftState(getDatabase(), 'p1', 'd-edits'))?.finalText).toBe('Bo’s words.'),
    );
    const back = await screen.findByRole('listbox', { name: 'Drafts waiting for a lead' });
    expect(within(back).getAllByRole('option')).toHaveLength(3);

    await user.keyboard('z');
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox', { name: 'Drafts waiting for a lead' })).getAllByRole(
          'option',
        ),
      ).toHaveLength(4),
    );
    expect((await getDraftState(getDatabase(), 'p1', 'd-edits'))?.status).toBe('disputed');
    // The undo has finished: its cursor placed on the row it brought back.
    await waitFor(() => {
      expect(useLeadInboxStore.getState().saveStatus).toBe('saved');
      expect(
        within(screen.getByRole('listbox')).getByRole('option', { selected: true }),
      ).toHaveAttribute('data-draft-id', 'd-edits');
    });
  });

  it('B without a note asks for one; with a note the draft goes back to the queue', async () => {
    await signInAsLead();
    await seedTeamInbox();
    connectAs('lead');
    const user = userEvent.setup();
    renderWithI18n(<InboxScreen />, 'zh-TW');
    const rows = await screen.findByRole('listbox', { name: '待組長處理的草稿' });
    // The cursor is placed once the rows are read: Enter before that opens nothing.
    await waitFor(() =>
      expect(within(rows).getByRole('option', { selected: true })).toHaveAttribute(
        'data-draft-id',
        'd-old',
      ),
    );
    await user.keyboard('{Enter}'); // the first row: the oldest, d-old
    await screen.findByText('Original text of d-old.');
    await user.keyboard('b');
    expect(await screen.findByText('送回佇列前，請先寫下給審閱者的備註。')).toBeInTheDocument();
    const note = screen.getByRole('textbox', { name: '給審閱者的備註（送回佇列時必填）' });
    expect(note).toHaveFocus();
    await user.type(note, '請再核對語氣');
    await user.click(screen.getByRole('button', { name: /送回佇列/ }));
    const list = await screen.findByRole('listbox', { name: '待組長處理的草稿' });
    expect(within(list).getAllByRole('option')).toHaveLength(3);
    expect(screen.getByText(/1 份已送回佇列的草稿正等待審閱者處理/)).toBeInTheDocument();
  });
});

describe('writing the final text', () => {
  it('W opens the text to edit (the held edit), Ctrl+Enter resolves with it', async () => {
    await signInAsLead();
    await seedTeamInbox();
    connectAs(null);
    const user = userEvent.setup();
    renderWithI18n(<InboxScreen />);
    await screen.findByRole('listbox', { name: 'Drafts waiting for a lead' });
    await user.keyboard('j'); // d-dispute: ann approved, bo edited
    await user.keyboard('{Enter}');
    await screen.findByText('Original text of d-dispute.');
    await user.keyboard('w');
    const final = await screen.findByRole('textbox', { name: 'Final text' });
    await waitFor(() => expect(final).toHaveFocus());
    expect(final).toHaveValue('Bo’s text.');
    await user.clear(final);
    await user.type(final, 'The lead’s text.{Control>}{Enter}{/Control}');
    await waitFor(async () =>
      expect(await getDraftState(getDatabase(), 'p1', 'd-dispute')).toMatchObject({
        status: 'resolved',
        finalText: 'The lead’s text.',
      }),
    );
    await screen.findByRole('listbox', { name: 'Drafts waiting for a lead' });
  });
});
