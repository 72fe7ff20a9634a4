/**
 * The header's sync status: one compact line for every state, in both languages, the last sync
 * time read again every minute, a retry counted down, and nothing while no hub is connected.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncStatusButton } from '../../../../renderer/features/sync/sync-status-button';
import { useSyncStore, type SyncState } from '../../../../renderer/stores/sync/sync-store';
import type { Language } from '../../../../shared/ipc/contract';
import { renderInI18n } from '../keyboard/render-in-i18n';
import { connectAs, resetHubEnvironment } from '../team-hub/hub-harness';

const NOW = Date.parse('2026-12-07T12:00:00.000Z');

beforeEach(async () => {
  await resetHubEnvironment();
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await useSyncStore.getState().reset();
});

function statusButton(): HTMLElement {
  return screen.getByRole('button', { name: /./ });
}

type Case = [string, Partial<SyncState>, string, string];

const counts = (waiting = 0, localOnly = 0, rejected = 0) => ({ waiting, localOnly, rejected });

const cases: Case[] = [
  [
    'synced',
    { status: { phase: 'synced' }, syncedAt: new Date(NOW - 5 * 60_000).toISOString() },
    'Synced 5 minutes ago',
    '5 分鐘前已同步',
  ],
  [
    'synced moments ago',
    { status: { phase: 'synced' }, syncedAt: new Date(NOW - 10_000).toISOString() },
    'Synced just now',
    '剛剛已同步',
  ],
  ['N waiting', { status: { phase: 'synced' }, counts: counts(3) }, '3 waiting', '3 個待送出'],
  ['syncing', { status: { phase: 'syncing' } }, 'Syncing…', '同步中…'],
  [
    'pulling',
    { status: { phase: 'syncing', pulled: { done: 1200, high: 5000 } } },
    'Syncing · 1,200 received',
    '同步中・已接收 1,200 筆',
  ],
  [
    'offline with a retry',
    {
      status: {
        phase: 'offline',
        failure: { kind: 'offline', message: 'fetch failed' },
        retryAt: NOW + 30_000,
      },
    },
    'Offline · retry in 30 sec.',
    '離線・30 秒後重試',
  ],
  [
    'the hub asking to wait',
    {
      status: {
        phase: 'offline',
        failure: { kind: 'rate-limited', status: 429, message: 'slow' },
        retryAt: NOW + 4 * 60_000,
      },
    },
    'Hub busy · retry in 4 min.',
    '伺服器忙碌・4 分鐘後重試',
  ],
  [
    'an error',
    { status: { phase: 'error', failure: { kind: 'unauthorized', status: 401, message: 'x' } } },
    'Sync error: token refused',
    '同步錯誤：權杖被拒',
  ],
  [
    'a bad answer',
    { status: { phase: 'error', failure: { kind: 'bad-answer', message: 'html' } } },
    'Sync error: not a Loupe hub?',
    '同步錯誤：不是 Loupe 伺服器？',
  ],
  [
    'another window',
    { status: { phase: 'standby' } },
    'Another window is syncing',
    '另一個視窗正在同步',
  ],
];

describe.each<Language>(['en', 'zh-TW'])('in %s', (language) => {
  it.each(cases)('says %s', (_name, state, en, zh) => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    connectAs('reviewer', { syncedAt: null, ...state });
    renderInI18n(<SyncStatusButton />, language);
    expect(statusButton()).toHaveTextContent(language === 'en' ? en : zh);
    expect(statusButton()).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('shows how many decisions the hub did not accept', () => {
    connectAs('reviewer', { counts: counts(0, 0, 2) });
    renderInI18n(<SyncStatusButton />, language);
    expect(statusButton()).toHaveTextContent(language === 'en' ? '2 refused' : '2 個被拒');
  });
});

describe('without a hub', () => {
  it('shows nothing', () => {
    renderInI18n(<SyncStatusButton />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('stays, subtly, while refused decisions remain to be seen', () => {
    useSyncStore.setState({ counts: counts(0, 0, 1) });
    renderInI18n(<SyncStatusButton />);
    expect(statusButton()).toHaveTextContent('Not connected');
    expect(statusButton()).toHaveClass('sync-status-not-connected');
  });
});

describe('time', () => {
  it('reads the last sync time again every minute', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
    connectAs('reviewer', { syncedAt: new Date(NOW - 20_000).toISOString() });
    renderInI18n(<SyncStatusButton />);
    expect(statusButton()).toHaveTextContent('Synced just now');
    void act(() => vi.advanceTimersByTime(60_000));
    expect(statusButton()).toHaveTextContent('Synced 1 minute ago');
    void act(() => vi.advanceTimersByTime(2 * 3600_000));
    expect(statusButton()).toHaveTextContent('Synced 2 hours ago');
  });

  it('counts a retry down every second', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
    connectAs('reviewer', {
      status: {
        phase: 'offline',
        failure: { kind: 'timeout', message: 't' },
        retryAt: NOW + 10_000,
      },
    });
    renderInI18n(<SyncStatusButton />);
    expect(statusButton()).toHaveTextContent('Offline · retry in 10 sec.');
    void act(() => vi.advanceTimersByTime(4_000));
    expect(statusButton()).toHaveTextContent('Offline · retry in 6 sec.');
  });
});

describe('what waits', () => {
  it('is counted beside an offline state, not beside "N waiting" itself', async () => {
    connectAs('reviewer', {
      status: { phase: 'offline', failure: { kind: 'offline', message: 'x' } },
      counts: counts(4),
    });
    renderInI18n(<SyncStatusButton />);
    expect(statusButton()).toHaveTextContent('Offline4 waiting');
    useSyncStore.setState({ status: { phase: 'synced' } });
    await waitFor(() => expect(statusButton()).toHaveTextContent(/^4 waiting$/));
  });
});
