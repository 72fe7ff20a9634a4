import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupMenuCommands } from '../../../renderer/app/menu-commands';
import { getBridge } from '../../../renderer/platform/current-bridge';
import { useNavigationStore } from '../../../renderer/stores/navigation/navigation-store';
import { useQueueStore } from '../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../renderer/stores/review/review-store';
import { useSettingsStore } from '../../../renderer/stores/settings/settings-store';
import type { FakeLoupeApi } from '../platform/fake-loupe-api';
import { resetAppEnvironment, stubSystemColorScheme } from '../support/app-env';

let api: FakeLoupeApi;

beforeEach(async () => {
  api = await resetAppEnvironment();
  await useSettingsStore.getState().load(['en']);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('native menu commands', () => {
  it('switch the language', async () => {
    setupMenuCommands(getBridge());
    api.emitMenuCommand('set-language-zh-TW');
    await vi.waitFor(() => expect(useSettingsStore.getState().language).toBe('zh-TW'));
    api.emitMenuCommand('set-language-en');
    await vi.waitFor(() => expect(useSettingsStore.getState().language).toBe('en'));
  });

  it('toggle away from the theme currently painted, even when it comes from the system', async () => {
    stubSystemColorScheme(true);
    setupMenuCommands(getBridge());
    api.emitMenuCommand('toggle-theme');
    await vi.waitFor(() => expect(useSettingsStore.getState().theme).toBe('light'));
    api.emitMenuCommand('toggle-theme');
    await vi.waitFor(() => expect(useSettingsStore.getState().theme).toBe('dark'));
  });

  it('load the demo queue in the current language and open its queue', async () => {
    await useSettingsStore.getState().setLanguage('zh-TW');
    setupMenuCommands(getBridge());
    api.emitMenuCommand('load-demo-queue');
    // The review store owns the open project; the open is whole once its first draft is read.
    await vi.waitFor(
      () => {
        const open = useReviewStore.getState().project?.id;
        expect(open).toBeDefined();
        expect(useReviewStore.getState().current?.draft.projectId).toBe(open);
      },
      { timeout: 5000 },
    );
    expect(useNavigationStore.getState().screen).toBe('queue');
    await vi.waitFor(() =>
      expect(useQueueStore.getState().entries.length).toBeGreaterThanOrEqual(40),
    );
    expect(useQueueStore.getState().projectId).toBe(useReviewStore.getState().project?.id);
  });

  it('open the keyboard cheatsheet through the navigation store', () => {
    setupMenuCommands(getBridge());
    api.emitMenuCommand('show-shortcuts');
    expect(useNavigationStore.getState().cheatsheetOpen).toBe(true);
  });

  it('stop after unsubscribing', () => {
    const unsubscribe = setupMenuCommands(getBridge());
    unsubscribe();
    api.emitMenuCommand('set-language-zh-TW');
    expect(useSettingsStore.getState().language).toBe('en');
  });
});
