import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettingsStore } from '../../../../renderer/stores/settings/settings-store';
import type { FakeLoupeApi } from '../../platform/fake-loupe-api';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';

let api: FakeLoupeApi;

beforeEach(async () => {
  api = await resetAppEnvironment();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const settings = () => useSettingsStore.getState();

describe('settings store', () => {
  it('follows the system language until the user picks one, and tells the native menu', async () => {
    await settings().load(['zh-Hant-TW', 'en-US']);
    expect(settings()).toMatchObject({
      status: 'ready',
      language: 'zh-TW',
      languageSource: 'system',
      theme: 'system',
    });
    expect(api.setLanguage).toHaveBeenLastCalledWith({ language: 'zh-TW' });
  });

  it('keeps the user’s language across restarts, whatever the system says', async () => {
    await settings().load(['en-US']);
    await settings().setLanguage('zh-TW');
    expect(api.setLanguage).toHaveBeenLastCalledWith({ language: 'zh-TW' });

    simulateRestart();
    await settings().load(['en-US']);

    expect(settings()).toMatchObject({ language: 'zh-TW', languageSource: 'user' });
  });

  it('keeps the theme preference across restarts', async () => {
    await settings().load(['en']);
    await settings().setTheme('dark');

    simulateRestart();
    await settings().load(['en']);

    expect(settings().theme).toBe('dark');
  });

  it('still switches and saves the language when the shell cannot follow', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await settings().load(['en']);
    vi.mocked(api.setLanguage).mockRejectedValueOnce(new Error('menu rebuild failed'));

    await settings().setLanguage('zh-TW');
    simulateRestart();
    await settings().load(['en']);

    expect(settings().language).toBe('zh-TW');
  });

  it('reset returns to the initial state', async () => {
    await settings().load(['zh-TW']);
    settings().reset();
    expect(settings()).toMatchObject({ status: 'idle', language: 'en', theme: 'system' });
  });
});
