/**
 * A draft of a project on the team hub, on the review screen: "Withdraw draft…" for a lead or an
 * admin only, the withdrawn notice (who, when, why — the draft stays readable), the stale mark
 * on a decision made on an earlier version, and nothing of the sort for a local project.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import type { DraftRow } from '../../../../renderer/db/rows';
import { ReviewScreen } from '../../../../renderer/features/review/review-screen';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import type { Language } from '../../../../shared/ipc/contract';
import type { HubRole } from '../../../../shared/sync/roles';
import {
  connectAs,
  decide,
  draftRow,
  fail,
  ok,
  projectRow,
  resetHubEnvironment,
  seedProject,
  type ScriptedHub,
} from './hub-harness';

let hub: ScriptedHub;

beforeEach(async () => {
  hub = await resetHubEnvironment();
});

afterEach(async () => {
  cleanup();
  await useSyncStore.getState().reset();
});

const WITHDRAWN_AT = '2026-12-06T08:30:00.000Z';

/** Seeds `drafts` in a project (on the hub unless said), opens it on `draftId`, renders review. */
async function review(
  drafts: DraftRow[],
  draftId: string,
  options: { language?: Language; onHub?: boolean } = {},
) {
  const projectId = drafts[0]?.projectId ?? 'p-hub';
  await seedProject(projectRow(projectId, options.onHub ?? true), drafts);
  await useProjectsStore.getState().load();
  await useNavigationStore.getState().openQueue(projectId);
  await useReviewStore.getState().show(draftId);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(options.language ?? 'en')}>
      <ReviewScreen onBack={() => undefined} />
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 2, name: new RegExp(draftId) });
  return { user };
}

describe.each<HubRole>(['reviewer', 'evaluator'])('a %s', (role) => {
  it('never sees a lead action', async () => {
    connectAs(role);
    await review([draftRow('p-hub', 'd-1', { draftVersion: 1 })], 'd-1');
    expect(screen.queryByRole('button', { name: /Withdraw/ })).toBeNull();
  });
});

describe('a lead', () => {
  it('withdraws a draft with a reason, after being told what that does', async () => {
    connectAs('lead');
    hub.answer('withdraw-draft', (call) =>
      ok({ draftId: call.draftId, status: 'withdrawn', draftVersion: 1, seq: 12 }),
    );
    const { user } = await review([draftRow('p-hub', 'd-1', { draftVersion: 1 })], 'd-1');
    await user.click(screen.getByRole('button', { name: 'Withdraw draft…' }));
    const dialog = screen.getByRole('dialog', { name: 'Withdraw draft d-1?' });
    expect(dialog).toHaveTextContent("It leaves every reviewer's queue on the team.");
    expect(dialog).toHaveTextContent('every decision on it is kept');
    const reason = within(dialog).getByRole('textbox', { name: 'Reason (optional)' });
    expect(reason).toHaveFocus();
    await user.type(reason, 'Duplicate of d-2');
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    const done = await screen.findByText(/Withdrawn on the hub\./);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(done).toHaveFocus();
    expect(hub.calls).toEqual([
      {
        op: 'withdraw-draft',
        projectId: 'p-hub',
        draftId: 'd-1',
        body: { reason: 'Duplicate of d-2' },
      },
    ]);
    expect(screen.queryByRole('button', { name: 'Withdraw draft…' })).toBeNull();
  });

  it('is told why a withdrawal failed and what to do; Cancel sends nothing more', async () => {
    connectAs('admin');
    hub.answer('withdraw-draft', () => fail({ kind: 'offline', message: 'fetch failed' }));
    const { user } = await review([draftRow('p-hub', 'd-1', { draftVersion: 1 })], 'd-1');
    await user.click(screen.getByRole('button', { name: 'Withdraw draft…' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    const alert = await within(dialog).findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Not withdrawn.'));
    expect(alert).toHaveTextContent('Loupe could not reach the hub.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Withdraw draft…' })).toHaveFocus();
    expect(hub.calls).toHaveLength(1);
  });

  it('sees no hub action on a project that is only on this computer', async () => {
    connectAs('lead');
    await review([draftRow('p-local', 'd-1')], 'd-1', { onHub: false });
    expect(screen.queryByRole('button', { name: /Withdraw/ })).toBeNull();
    expect(document.querySelector('.draft-hub-strip')).toBeNull();
  });
});

describe('a withdrawn draft', () => {
  const withdrawn = (reason?: string) =>
    draftRow('p-hub', 'd-w', {
      draftVersion: 1,
      withdrawn: { seq: 7, at: WITHDRAWN_AT, ...(reason === undefined ? {} : { reason }) },
    });

  async function logWithdrawal(userId: string) {
    await getDatabase().hubLog.put({
      seq: 7,
      recordId: 'rec-7',
      kind: 'draft.withdrawn',
      projectId: 'p-hub',
      draftId: 'd-w',
      userId,
      receivedAt: WITHDRAWN_AT,
    });
  }

  it('says who withdrew it, when and why; it stays readable and offers no second withdrawal', async () => {
    connectAs('lead');
    await logWithdrawal('u-other-lead');
    await review([draftRow('p-hub', 'd-1'), withdrawn('Wrong customer')], 'd-w');
    expect(
      await screen.findByText(/^A lead withdrew this draft from the team's queues on /),
    ).toBeVisible();
    expect(screen.getByText('Reason: Wrong customer')).toBeVisible();
    expect(screen.getByText('It stays readable here, and its decisions are kept.')).toBeVisible();
    expect(screen.getByText('Text of d-w.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Withdraw draft…' })).toBeNull();
  });

  it('says "you" when this reviewer withdrew it, and is worded in Traditional Chinese', async () => {
    connectAs('lead');
    await logWithdrawal('u-mei');
    await review([draftRow('p-hub', 'd-1'), withdrawn()], 'd-w', { language: 'zh-TW' });
    expect(await screen.findByText(/^您已於 .+ 將這份草稿從團隊佇列中撤回。$/)).toBeVisible();
    expect(screen.getByText('它仍可在此閱讀，相關決定也都會保留。')).toBeVisible();
  });

  it('says only when, while the withdrawal record is not here', async () => {
    connectAs('reviewer');
    await review([draftRow('p-hub', 'd-1'), withdrawn()], 'd-w');
    expect(
      await screen.findByText(/^This draft was withdrawn from the team's queues on /),
    ).toBeVisible();
  });
});

describe('a decision on an earlier version', () => {
  it('is kept and marked stale', async () => {
    connectAs('reviewer');
    await seedProject(projectRow('p-hub'), [draftRow('p-hub', 'd-1', { draftVersion: 2 })]);
    await decide('e-old', 'p-hub', 'd-1', 'approve', { draftVersion: 1 });
    await review([draftRow('p-hub', 'd-1', { draftVersion: 2, status: 'approved' })], 'd-1');
    expect(await screen.findByText('Stale')).toBeVisible();
    expect(
      screen.getByText(
        /A standing decision was made on an earlier version of this draft \(it is now version 2\)/,
      ),
    ).toBeVisible();
    expect(screen.getByText(/^Approve, made .+ on version 1$/)).toBeVisible();
  });

  it('is not marked when made on the current version, and is worded in Traditional Chinese', async () => {
    connectAs('reviewer');
    await seedProject(projectRow('p-hub'), [
      draftRow('p-hub', 'd-1', { draftVersion: 2 }),
      draftRow('p-hub', 'd-2', { draftVersion: 3 }),
    ]);
    await decide('e-now', 'p-hub', 'd-1', 'approve', { draftVersion: 2 });
    await decide('e-a', 'p-hub', 'd-2', 'edit', { draftVersion: 1, payload: { finalText: 'x' } });
    await decide('e-b', 'p-hub', 'd-2', 'escalate', {
      draftVersion: 2,
      payload: { reasonId: 'factual-error', note: '' },
    });
    await review(
      [
        draftRow('p-hub', 'd-1', { draftVersion: 2, status: 'approved' }),
        draftRow('p-hub', 'd-2', { draftVersion: 3, status: 'disputed' }),
      ],
      'd-1',
      { language: 'zh-TW' },
    );
    expect(screen.queryByText('已過時')).toBeNull();
    await useReviewStore.getState().show('d-2');
    expect(await screen.findByText('已過時')).toBeVisible();
    expect(
      screen.getByText(/有 2 個有效決定是針對這份草稿的較早版本做出的（目前為第 3 版）/),
    ).toBeVisible();
  });
});
