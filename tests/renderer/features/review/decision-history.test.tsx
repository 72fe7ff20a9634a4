/**
 * The review screen shows the draft's decision history (issue 12): an escalated draft says who
 * escalated it, when, why and with what note; a teammate's decision shows under their name; a
 * draft whose source changed after review says so.
 */
import { cleanup, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishChange } from '../../../../renderer/db/change-feed';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { recordDecision } from '../../../../renderer/db/repositories/decisions-repository';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { decision } from '../../db/decision-fixture';
import { resetAppEnvironment } from '../../support/app-env';
import { currentDraft, renderReview } from './review-harness';

beforeEach(async () => {
  await resetAppEnvironment();
});
afterEach(cleanup);

describe('the decision history on the review screen', () => {
  it('shows an escalation with its reviewer, reason and note, and a teammate’s approval', async () => {
    const { screen, user } = await renderReview();
    const first = currentDraft()!;
    const history = () => screen.getByRole('region', { name: 'Decisions on this draft' });
    expect(history()).toHaveTextContent('No decision yet.');

    await user.click(screen.getByRole('button', { name: /Escalate/ }));
    const dialog = screen.getByRole('dialog', { name: 'Escalate this draft' });
    await user.selectOptions(within(dialog).getByRole('combobox'), 'Policy or compliance');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Note for the lead' }),
      'Refund window is 14 days{Control>}{Enter}{/Control}',
    );
    await waitFor(() => expect(useReviewStore.getState().currentId).not.toBe(first.id));
    await useReviewStore.getState().show(first.id);

    await waitFor(() => expect(history()).toHaveTextContent('Escalated by you'));
    expect(history()).toHaveTextContent('Reason: Policy or compliance');
    expect(history()).toHaveTextContent('Note: Refund window is 14 days');

    // A teammate's approval arrives (as a pull would store it): it shows under their id.
    const { event } = await recordDecision(
      getDatabase(),
      decision('01TEAMMATE', 'approve', first.id, {
        projectId: first.projectId,
        reviewerId: 'ann',
        deviceId: 'dev-ann',
        clientTime: '2030-01-01T09:00:00.000Z',
      }),
    );
    publishChange({ drafts: [{ projectId: first.projectId, draftIds: [event.draftId] }] });
    await waitFor(() => expect(history()).toHaveTextContent('Approved by ann'));
    const kinds = within(history())
      .getAllByRole('listitem')
      .map((item) => item.getAttribute('data-kind'));
    expect(kinds).toEqual(['approve', 'escalate']);
  });

  it('says when the source changed after review, in Traditional Chinese too', async () => {
    const { screen } = await renderReview({ language: 'zh-TW' });
    const first = currentDraft()!;
    useReviewStore.setState({
      current: {
        ...useReviewStore.getState().current!,
        draft: { ...first, changedSinceReview: { at: '2026-12-01T08:00:00.000Z' } },
      },
    });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: '這份草稿的決定紀錄' })).toHaveTextContent(
        '這份草稿的來源在審閱後有變更',
      ),
    );
  });
});
