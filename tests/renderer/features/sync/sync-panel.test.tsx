/**
 * The sync panel: the state in full with what to do, "Sync now", what waits and what is held
 * back in local-only projects, and the list of decisions the hub refused with their reasons in
 * the reviewer's language — each one opening its draft in review. A focus-trapped modal.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncStatusButton } from '../../../../renderer/features/sync/sync-status-button';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { useSyncStore, type SyncState } from '../../../../renderer/stores/sync/sync-store';
import type { Language } from '../../../../shared/ipc/contract';
import { renderInI18n } from '../keyboard/render-in-i18n';
import {
  connectAs,
  decide,
  draftRow,
  projectRow,
  rejectOnHub,
  resetHubEnvironment,
  seedProject,
} from '../team-hub/hub-harness';

beforeEach(async () => {
  await resetHubEnvironment();
});

afterEach(async () => {
  cleanup();
  await useSyncStore.getState().reset();
});

async function openPanel(language: Language = 'en', state: Partial<SyncState> = {}) {
  connectAs('reviewer', state);
  const view = renderInI18n(<SyncStatusButton />, language);
  const button = screen.getByRole('button');
  await view.user.click(button);
  const dialog = await screen.findByRole('dialog');
  return { ...view, dialog, button };
}

describe('the panel', () => {
  it('is a modal that keeps focus inside and gives it back on Escape', async () => {
    const { dialog, user, button } = await openPanel();
    expect(dialog).toHaveAccessibleName('Sync with the team hub');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: 'Sync now' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Sync now' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('says who and where, the state with what to do, and when sync last finished', async () => {
    const { dialog } = await openPanel('en', {
      status: {
        phase: 'error',
        failure: { kind: 'unauthorized', status: 401, message: 'revoked' },
      },
      syncedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
    });
    expect(dialog).toHaveTextContent(
      'Connected to https://hub.example as Mei Lin, role: reviewer.',
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Sync stopped: the hub refused it.',
    );
    expect(dialog).toHaveTextContent('The hub did not accept the token');
    expect(dialog).toHaveTextContent("Ask the hub's admin for a new token");
    expect(dialog).toHaveTextContent('Nothing is lost');
    expect(dialog).toHaveTextContent('Last synced 3 hours ago');
  });

  it('explains offline with the retry and another window syncing, in Traditional Chinese', async () => {
    const { dialog } = await openPanel('zh-TW', {
      status: {
        phase: 'offline',
        failure: { kind: 'offline', message: 'x' },
        retryAt: Date.now() + 90_000,
      },
    });
    expect(within(dialog).getByRole('status')).toHaveTextContent('連不上團隊伺服器。');
    // The headline says it already: not "Loupe 連不上團隊伺服器" a second time.
    expect(dialog).not.toHaveTextContent('Loupe 連不上團隊伺服器。');
    expect(dialog).toHaveTextContent('請檢查伺服器位址和這台電腦的網路連線。');
    expect(dialog).toHaveTextContent(/Loupe 會在 \d+ 秒後自動重試/);
    useSyncStore.setState({ status: { phase: 'standby' } });
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('另一個 Loupe 視窗正在同步。'),
    );
    expect(within(dialog).getByRole('button', { name: '立即同步' })).toBeDisabled();
  });

  it('syncs now when asked', async () => {
    const syncNow = vi.fn();
    const original = useSyncStore.getState().syncNow;
    useSyncStore.setState({ syncNow });
    try {
      const { dialog, user } = await openPanel();
      await user.click(within(dialog).getByRole('button', { name: 'Sync now' }));
      expect(syncNow).toHaveBeenCalledTimes(1);
    } finally {
      useSyncStore.setState({ syncNow: original });
    }
  });

  it('counts what waits, what is held back in local-only projects, and what was refused', async () => {
    const { dialog } = await openPanel('en', {
      status: { phase: 'synced' },
      counts: { waiting: 2, localOnly: 1234, rejected: 0 },
    });
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      '2 decisions are waiting to be sent.',
    );
    const counts = dialog.querySelector('dl.sync-counts');
    expect(counts).toHaveTextContent('Waiting to send2');
    expect(counts).toHaveTextContent('Held back in local-only projects1,234');
    expect(counts).toHaveTextContent('They go when the project is published to the hub.');
  });

  it('without a hub, says so and opens the Team hub settings', async () => {
    useSyncStore.setState({ counts: { waiting: 0, localOnly: 0, rejected: 1 } });
    const { user } = renderInI18n(<SyncStatusButton />);
    await user.click(screen.getByRole('button', { name: /Not connected/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('status')).toHaveTextContent('No team hub is connected.');
    await user.click(within(dialog).getByRole('button', { name: 'Open Team hub settings' }));
    expect(useNavigationStore.getState().settingsOpen).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('decisions the hub did not accept', () => {
  async function seedRejected() {
    await seedProject(projectRow('p-hub'), [draftRow('p-hub', 'd-7'), draftRow('p-hub', 'd-8')]);
    await useProjectsStore.getState().load();
    await decide('e-1', 'p-hub', 'd-7', 'approve');
    await decide('e-2', 'p-hub', 'd-8', 'escalate');
    await rejectOnHub('e-1', 'unknown_draft', 'draftId d-7 is not published in p-hub');
    await rejectOnHub('e-2', 'some_new_reason');
  }

  it('lists each with its kind, draft, project, reason, the hub’s words and times', async () => {
    await seedRejected();
    const { dialog } = await openPanel('en', { counts: { waiting: 0, localOnly: 0, rejected: 2 } });
    const list = await within(dialog).findByRole('list');
    expect(dialog).toHaveTextContent('The hub did not accept 2 decisions: see below.');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(dialog).getByRole('heading', { name: 'Decisions the hub did not accept (2)' }),
    ).toBeVisible();
    const approve = items.find((item) => item.textContent?.includes('d-7'));
    expect(approve).toHaveTextContent('Approve on draft d-7 in Project p-hub');
    expect(approve).toHaveTextContent(
      'The hub does not have this draft: it was never published there.',
    );
    expect(approve).toHaveTextContent('The hub said: “draftId d-7 is not published in p-hub”');
    expect(approve).toHaveTextContent('Decided');
    expect(approve).toHaveTextContent('Refused');
    expect(approve?.querySelector('time')).toHaveAttribute('datetime', '2026-11-28T10:00:00.000Z');
    const escalate = items.find((item) => item.textContent?.includes('d-8'));
    expect(escalate).toHaveTextContent('Escalate on draft d-8 in Project p-hub');
    expect(escalate).toHaveTextContent('The hub refused it (some_new_reason).');
  });

  it('says every known reason in both languages', async () => {
    await seedProject(projectRow('p-hub'), [draftRow('p-hub', 'd-1')]);
    await useProjectsStore.getState().load();
    const reasons = [
      ['invalid_event', 'could not read this decision', '伺服器無法讀取這個決定'],
      ['hash_mismatch', 'did not match its checksum', '與其檢查碼不符'],
      ['id_conflict', 'a different decision under the same id', '使用相同代號的決定'],
      ['device_seq_conflict', 'the same sequence number', '使用了相同的序號'],
      ['wrong_device', 'another device', '標示的裝置與送出它的裝置不同'],
      ['wrong_reviewer', 'another reviewer than the one your token', '與您的權杖所屬的使用者不同'],
      ['role_forbidden', 'only a lead can resolve', '只有組長能裁決'],
      ['unknown_project', 'does not have this project', '伺服器上沒有這個專案'],
      ['unknown_draft', 'does not have this draft', '伺服器上沒有這份草稿'],
      ['retract_not_own', 'only take back your own decision', '只能撤回您自己的決定'],
    ];
    for (const [index, [code]] of reasons.entries()) {
      await decide(`e-${index}`, 'p-hub', 'd-1', 'comment', { payload: { text: 'x' } });
      await rejectOnHub(`e-${index}`, code ?? '');
    }
    const { dialog } = await openPanel('en');
    await within(dialog).findByRole('list');
    for (const [, en] of reasons) {
      expect(dialog).toHaveTextContent(en ?? '');
    }
    expect(dialog).toHaveTextContent('Comment on draft d-1 in Project p-hub');
    cleanup();
    const zh = await openPanel('zh-TW');
    await within(zh.dialog).findByRole('list');
    for (const [, , text] of reasons) {
      expect(zh.dialog).toHaveTextContent(text ?? '');
    }
    expect(zh.dialog).toHaveTextContent('「Project p-hub」中草稿 d-1 的留言決定');
  });

  it('opens the draft in review', async () => {
    await seedRejected();
    const { dialog, user } = await openPanel('en');
    await user.click(await within(dialog).findByRole('button', { name: 'Open draft d-8' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(useNavigationStore.getState().screen).toBe('review'));
    expect(useReviewStore.getState().project?.id ?? null).toBe('p-hub');
    await waitFor(() => expect(useReviewStore.getState().current?.draft.id).toBe('d-8'));
  });

  it('follows the outbox while open: a new refusal shows up', async () => {
    await seedRejected();
    const { dialog } = await openPanel('en');
    await within(dialog).findByRole('list');
    await decide('e-3', 'p-hub', 'd-7', 'skip');
    await rejectOnHub('e-3', 'role_forbidden');
    const { publishChange } = await import('../../../../renderer/db/change-feed');
    publishChange({ outbox: true });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(3));
  });
});
