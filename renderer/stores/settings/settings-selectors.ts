/** Selectors over the settings store; components read settings only through these. */
import type { SettingsState } from './settings-store';

export const selectLanguage = (state: SettingsState) => state.language;
export const selectThemePreference = (state: SettingsState) => state.theme;
export const selectSettingsReady = (state: SettingsState) => state.status === 'ready';
export const selectSetLanguage = (state: SettingsState) => state.setLanguage;
export const selectSetTheme = (state: SettingsState) => state.setTheme;

/** Language and theme together; use with `useShallow` so a new object does not re-render. */
export const selectAppearance = (state: SettingsState) => ({
  language: state.language,
  theme: state.theme,
});
