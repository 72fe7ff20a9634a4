/** The theme switch: follow the system, or force light or dark. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_PREFERENCES, type ThemePreference } from '../../../shared/domain/settings';
import { selectSetTheme, selectThemePreference } from '../../stores/settings/settings-selectors';
import { useSettingsStore } from '../../stores/settings/settings-store';

function isThemePreference(value: string): value is ThemePreference {
  return (THEME_PREFERENCES as readonly string[]).includes(value);
}

export function ThemeSelect() {
  const { t } = useTranslation();
  const id = useId();
  const theme = useSettingsStore(selectThemePreference);
  const setTheme = useSettingsStore(selectSetTheme);
  const labels: Record<ThemePreference, string> = {
    system: t('settings.theme.system'),
    light: t('settings.theme.light'),
    dark: t('settings.theme.dark'),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.theme.label')}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          if (isThemePreference(event.target.value)) {
            void setTheme(event.target.value);
          }
        }}
      >
        {THEME_PREFERENCES.map((value) => (
          <option key={value} value={value}>
            {labels[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
