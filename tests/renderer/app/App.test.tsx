import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDatabaseStore } from '../../../renderer/stores/database/database-store';
import { useSettingsStore } from '../../../renderer/stores/settings/settings-store';
import type { FakeLoupeApi } from '../platform/fake-loupe-api';
import { resetAppEnvironment, simulateRestart, stubSystemColorScheme } from '../support/app-env';
import { renderApp } from './render-app';

let api: FakeLoupeApi;
const html = document.documentElement;

beforeEach(async () => {
  api = await resetAppEnvironment();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('first screen', () => {
  it('shows an empty queue that explains Loupe, in English', async () => {
    await renderApp(['en-US']);

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('heading', { level: 1 })).toHaveTextContent('Loupe');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    const language = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => [(o as HTMLOptionElement).value, o.textContent]),
    ).toEqual([
      ['en', 'English'],
      ['zh-TW', '繁體中文'],
    ]);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(
      within(theme)
        .getAllByRole('option')
        .map((o) => [(o as HTMLOptionElement).value, o.textContent]),
    ).toEqual([
      ['system', 'System'],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ]);

    const main = screen.getByRole('main');
    const empty = await within(main).findByTestId('empty-queue');
    expect(within(empty).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Your queue is empty',
    );
    expect(empty).toHaveTextContent(/approve it, edit it or escalate it/);
    expect(empty).toHaveTextContent(/works without a network/);
    expect(empty).toHaveTextContent(/JSON Lines, JSON or CSV/);
    expect(empty).toHaveTextContent(/demo queue/);
    expect(within(empty).getByText('draft', { selector: 'code' })).toBeInTheDocument();
    await waitFor(() => expect(html).toHaveAttribute('lang', 'en'));
  });

  it('shows the same screen in Traditional Chinese when the system is zh-TW', async () => {
    await renderApp(['zh-TW']);

    expect(screen.getByRole('combobox', { name: '語言' })).toHaveValue('zh-TW');
    const theme = screen.getByRole('combobox', { name: '主題' });
    expect(
      within(theme)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['跟隨系統', '淺色', '深色']);
    const empty = await screen.findByTestId('empty-queue');
    expect(within(empty).getByRole('heading', { level: 2 })).toHaveTextContent('佇列是空的');
    expect(empty).toHaveTextContent(/匯入 JSON Lines、JSON 或 CSV 檔案/);
    await waitFor(() => expect(html).toHaveAttribute('lang', 'zh-TW'));
  });
});

describe('switching language', () => {
  it('updates the text and <html lang>, tells the native menu, and survives a restart', async () => {
    const { user, unmount } = await renderApp(['en-US']);
    await screen.findByTestId('empty-queue');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-TW');

    expect(await screen.findByRole('heading', { name: '佇列是空的' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '語言' })).toHaveValue('zh-TW');
    await waitFor(() => expect(html).toHaveAttribute('lang', 'zh-TW'));
    expect(api.setLanguage).toHaveBeenLastCalledWith({ language: 'zh-TW' });

    unmount();
    simulateRestart();
    await renderApp(['en-US']);
    expect(await screen.findByRole('heading', { name: '佇列是空的' })).toBeInTheDocument();
  });
});

describe('switching theme', () => {
  it('paints the chosen theme and keeps it after a restart', async () => {
    stubSystemColorScheme(false);
    const { user, unmount } = await renderApp();
    await waitFor(() => expect(html).toHaveAttribute('data-theme', 'light'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    await waitFor(() => expect(html).toHaveAttribute('data-theme', 'dark'));

    unmount();
    simulateRestart();
    await renderApp();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    await waitFor(() => expect(html).toHaveAttribute('data-theme', 'dark'));
  });

  it('follows the system live when set to System', async () => {
    const system = stubSystemColorScheme(true);
    await renderApp();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
    await waitFor(() => expect(html).toHaveAttribute('data-theme', 'dark'));

    system.setDark(false);
    await waitFor(() => expect(html).toHaveAttribute('data-theme', 'light'));
  });
});

describe('keyboard and notices', () => {
  it('reaches the language and theme switches with Tab', async () => {
    const { user } = await renderApp();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveFocus();
  });

  it('asks the user to reload after another window upgraded the database', async () => {
    await renderApp();
    expect(screen.queryByRole('alert')).toBeNull();
    useDatabaseStore.getState().markReloadRequired();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Reload this window/);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(useSettingsStore.getState().status).toBe('ready');
  });
});
