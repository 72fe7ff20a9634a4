/** User preferences that follow the reviewer across restarts (stored locally, never synced). */
import type { Language } from '../ipc/contract';

/** `system` follows the operating system's light/dark setting live. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** The theme actually painted. */
export type ResolvedTheme = 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

export interface Settings {
  /** Absent until the user picks one: until then the system locale decides. */
  language?: Language;
  theme: ThemePreference;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system' };
