/**
 * The lead's screens name teammates (issue 14): where the team list knows a hub user id, the
 * inbox, the statistics' agreement pairs and the audit log show the name — with the id as the
 * tooltip, and beside the name when two teammates share it — and the id where it does not.
 * The list here is the one a lead's machine stored earlier, read with no hub connected.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { saveTeam } from '../../../../renderer/db/repositories/team-repository';
import { AuditLogView } from '../../../../renderer/features/lead/audit/audit-log-view';
import { InboxScreen } from '../../../../renderer/features/lead/inbox/inbox-screen';
import { AgreementSection } from '../../../../renderer/features/lead/statistics/agreement-section';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { useLeadInboxStore } from '../../../../renderer/stores/lead/inbox/lead-inbox-store';
import { useTeamStore } from '../../../../renderer/stores/lead/team-store';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import type { ReviewerAgreement } from '../../../../shared/stats/reviewer-agreement';
import type { TeamMember } from '../../../../shared/sync/team';
import { resetAppEnvironment } from '../../support/app-env';
import { seedTeamInbox, signInAsLead } from '../../stores/lead/inbox-support';

const member = (id: string, name: string): TeamMember => ({
  id,
  name,
  role: 'reviewer',
  revokedAt: null,
});

/** ann and bo are known; bo shares his name with zed; cy is not on the stored list. */
async function storedTeam() {
  await saveTeam(getDatabase(), {
    hubUrl: 'https://hub.example',
    fetchedAt: '2026-12-07T08:00:00.000Z',
    users: [member('ann', '林安'), member('bo', 'Bo Chen'), member('zed', 'Bo Chen')],
  });
  await useTeamStore.getState().start();
}

const renderEn = (ui: React.ReactElement) =>
  render(<I18nextProvider i18n={createI18n('en')}>{ui}</I18nextProvider>);

beforeEach(async () => {
  await resetAppEnvironment();
  useTeamStore.getState().reset();
  useLeadInboxStore.getState().reset();
  useSyncStore.setState({ known: true, connection: null });
});
afterEach(() => {
  cleanup();
  useTeamStore.getState().reset();
});

describe('the inbox', () => {
  it('names reviewers in the rows and on each decision, the id where the team is not known', async () => {
    await signInAsLead();
    await seedTeamInbox();
    await storedTeam();
    const user = userEvent.setup();
    renderEn(<InboxScreen />);
    const list = await screen.findByRole('listbox', { name: 'Drafts waiting for a lead' });
    const row = within(list)
      .getAllByRole('option')
      .find((option) => option.getAttribute('data-draft-id') === 'd-edits')!;
    const reviewers = within(row).getByText(/^Reviewers:/);
    expect(reviewers).toHaveTextContent('Reviewers: 林安, Bo Chen (bo), and cy');
    expect(reviewers).toHaveAttribute('title', 'ann, bo, cy');

    await user.click(row);
    expect(
      await screen.findByRole('region', { name: "林安's edit against the original" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: "林安's edit against Bo Chen (bo)'s" }),
    ).toBeInTheDocument();
    const cy = screen.getByRole('article', { name: 'cy' });
    expect(within(cy).getByRole('heading', { level: 4 })).toHaveAttribute('title', 'cy');
    const ann = screen.getByRole('article', { name: '林安' });
    expect(within(ann).getByRole('heading', { level: 4 })).toHaveAttribute('title', 'ann');
  });

  it('shows ids when no team list was ever stored', async () => {
    await signInAsLead();
    await seedTeamInbox();
    await useTeamStore.getState().start();
    renderEn(<InboxScreen />);
    const list = await screen.findByRole('listbox', { name: 'Drafts waiting for a lead' });
    expect(within(list).getAllByText('Reviewers: ann, bo, and cy')).not.toHaveLength(0);
  });
});

describe('the statistics', () => {
  const none = { value: 0, items: 0, notEnoughOverlap: true } as const;
  const agreement = {
    sharedDrafts: 3,
    pairs: [
      { reviewerA: 'ann', reviewerB: 'bo', sharedItems: 12, kappa: none, rawAgreement: none },
      { reviewerA: 'bo', reviewerB: 'cy', sharedItems: 2, kappa: none, rawAgreement: none },
    ],
    verdictAlpha: none,
    labelAlphas: [],
    rawAgreement: none,
    unanimous: none,
  } as unknown as ReviewerAgreement;

  it('names each agreement pair, with the ids as the row’s tooltip', async () => {
    await storedTeam();
    renderEn(<AgreementSection agreement={agreement} />);
    const pairs = screen.getByRole('table', { name: 'Reviewer pairs' });
    const first = within(pairs).getByRole('rowheader', { name: '林安 · Bo Chen (bo)' });
    expect(first).toHaveAttribute('title', 'ann · bo');
    expect(within(pairs).getByRole('rowheader', { name: 'Bo Chen (bo) · cy' })).toHaveAttribute(
      'title',
      'bo · cy',
    );
  });
});

describe('the audit log', () => {
  it('names teammates, with the id as the tooltip', async () => {
    await signInAsLead();
    await seedTeamInbox();
    await storedTeam();
    renderEn(<AuditLogView scope={{ projectId: 'p1', draftId: 'd-edits' }} fileName="audit" />);
    const table = await screen.findByRole('table');
    const ann = within(table).getByRole('cell', { name: '林安' });
    expect(ann).toHaveAttribute('title', 'ann');
    expect(within(table).getByRole('cell', { name: 'cy' })).toHaveAttribute('title', 'cy');
  });
});
