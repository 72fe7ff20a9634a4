/**
 * A clean app environment per test: fresh stores, no database, no document attributes, and a
 * bridge over an in-memory preload whose traffic tests can inspect. Stand-ins for the operating
 * system's languages and light/dark setting.
 */
import { vi } from 'vitest';
import { closeDatabase, deleteDatabase } from '../../../renderer/db/database-instance';
import { setBridge } from '../../../renderer/platform/current-bridge';
import { createElectronBridge } from '../../../renderer/platform/electron-bridge';
import { useDatabaseStore } from '../../../renderer/stores/database/database-store';
import { useNavigationStore } from '../../../renderer/stores/navigation/navigation-store';
import { useProfileStore } from '../../../renderer/stores/profile/profile-store';
import { useProjectsStore } from '../../../renderer/stores/projects/projects-store';
import { useQueueStore } from '../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../renderer/stores/review/review-store';
import { useSettingsStore } from '../../../renderer/stores/settings/settings-store';
import { createFakeLoupeApi, type FakeLoupeApi } from '../platform/fake-loupe-api';

/** Resets every store, deletes the database and installs a recording bridge; returns its preload. */
export async function resetAppEnvironment(): Promise<FakeLoupeApi> {
  useSettingsStore.getState().reset();
  useQueueStore.getState().reset();
  useDatabaseStore.getState().reset();
  resetDomainStores();
  await deleteDatabase();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('data-theme');
  const api = createFakeLoupeApi();
  setBridge(createElectronBridge(api));
  return api;
}

/** Simulates an app restart: the stores forget everything and the database connection closes. */
export function simulateRestart(): void {
  closeDatabase();
  useSettingsStore.getState().reset();
  useQueueStore.getState().reset();
  resetDomainStores();
}

function resetDomainStores(): void {
  useProfileStore.getState().reset();
  useProjectsStore.getState().reset();
  useReviewStore.getState().reset();
  useNavigationStore.getState().reset();
}

/** The system's light/dark setting, changeable mid-test like a user flipping it in the OS. */
export function stubSystemColorScheme(initiallyDark: boolean) {
  let dark = initiallyDark;
  const listeners = new Set<() => void>();
  vi.stubGlobal(
    'matchMedia',
    vi.fn((media: string) => ({
      media,
      get matches() {
        return media === '(prefers-color-scheme: dark)' && dark;
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    })),
  );
  return {
    setDark(next: boolean) {
      dark = next;
      listeners.forEach((listener) => listener());
    },
  };
}

/** The system's preferred languages, as `navigator.languages` reports them. */
export function stubSystemLanguages(languages: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? 'en');
}
