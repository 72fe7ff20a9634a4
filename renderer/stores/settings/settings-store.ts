/**
 * Settings: UI language and theme preference. The actions are the only writers; they persist to
 * the `meta` table and tell the shell (native menu) about the language.
 */
import { create } from 'zustand';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type ThemePreference,
} from '../../../shared/domain/settings';
import type { Language } from '../../../shared/ipc/contract';
import { getDatabase } from '../../db/database-instance';
import { getSettings, saveSettings } from '../../db/repositories/meta-repository';
import { detectLanguage, systemLanguages } from '../../i18n/detect-language';
import { getBridge } from '../../platform/current-bridge';

export interface SettingsState {
  status: 'idle' | 'loading' | 'ready';
  language: Language;
  /** `system` until the user picks a language; then the choice sticks across restarts. */
  languageSource: 'system' | 'user';
  theme: ThemePreference;
  /** Reads stored settings; without a stored language, detects one from `preferredLanguages`. */
  load: (preferredLanguages?: readonly string[]) => Promise<void>;
  setLanguage: (language: Language) => Promise<void>;
  setTheme: (theme: ThemePreference) => Promise<void>;
  /** Back to the initial state (tests). */
  reset: () => void;
}

const initialState = {
  status: 'idle',
  language: 'en',
  languageSource: 'system',
  theme: 'system',
} satisfies Partial<SettingsState>;

/** Tells the native menu; a shell that cannot follow must not break the UI's own switch. */
async function announceLanguage(language: Language): Promise<void> {
  try {
    await getBridge().setLanguage(language);
  } catch (error) {
    console.warn('The shell did not accept the language change', error);
  }
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  ...initialState,

  async load(preferredLanguages = systemLanguages()) {
    set({ status: 'loading' });
    let stored: Settings = DEFAULT_SETTINGS;
    try {
      stored = await getSettings(getDatabase());
    } catch (error) {
      // No usable IndexedDB (blocked, or failed to open): run on defaults rather than not at all.
      console.error('Could not read settings', error);
    }
    const language = stored.language ?? detectLanguage(preferredLanguages);
    set({
      status: 'ready',
      language,
      languageSource: stored.language ? 'user' : 'system',
      theme: stored.theme,
    });
    await announceLanguage(language);
  },

  async setLanguage(language) {
    set({ language, languageSource: 'user' });
    await saveSettings(getDatabase(), { language });
    await announceLanguage(language);
  },

  async setTheme(theme) {
    set({ theme });
    await saveSettings(getDatabase(), { theme });
  },

  reset: () => set(initialState),
}));
