import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../../renderer/app/start-app';
import { getDatabase } from '../../../renderer/db/database-instance';
import { saveSettings } from '../../../renderer/db/repositories/meta-repository';
import { getBridge } from '../../../renderer/platform/current-bridge';
import { useDatabaseStore } from '../../../renderer/stores/database/database-store';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema-versions';
import {
  resetAppEnvironment,
  stubSystemColorScheme,
  stubSystemLanguages,
} from '../support/app-env';

beforeEach(async () => {
  await resetAppEnvironment();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('startApp', () => {
  it('starts in the system language and theme on a new device, with the browser bridge', async () => {
    stubSystemLanguages(['zh-Hant-TW', 'en']);
    stubSystemColorScheme(true);

    const i18n = await startApp(window);

    expect(i18n.language).toBe('zh-TW');
    expect(document.documentElement).toHaveAttribute('lang', 'zh-TW');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(getBridge().runtime).toBe('browser');
  });

  it('prefers the language and theme the user chose before', async () => {
    stubSystemLanguages(['zh-TW']);
    stubSystemColorScheme(true);
    await saveSettings(getDatabase(), { language: 'en', theme: 'light' });

    const i18n = await startApp(window);

    expect(i18n.language).toBe('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
  });

  it('asks for persistent storage', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });
    try {
      await startApp(window);
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
    expect(persist).toHaveBeenCalled();
  });

  it('flags a reload when another window upgrades the database', async () => {
    await startApp(window);
    await getDatabase().open();

    // A newer build in another window declares one version more than this build knows.
    const newer = new LoupeDatabase({ version: CURRENT_SCHEMA_VERSION });
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({});
    await newer.open();

    expect(useDatabaseStore.getState().reloadRequired).toBe(true);
    newer.close();
  });
});
