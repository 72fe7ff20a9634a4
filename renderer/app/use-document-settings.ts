/** Keeps `<html lang>`, `data-theme` and the i18next language in step with the settings store. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectAppearance } from '../stores/settings/settings-selectors';
import { useSettingsStore } from '../stores/settings/settings-store';
import { applyDocumentLanguage, applyDocumentTheme } from '../theme/apply-document-settings';
import { resolveTheme } from '../theme/resolve-theme';
import { useSystemPrefersDark } from '../theme/system-prefers-dark';

export function useDocumentSettings(): void {
  const { language, theme: preference } = useSettingsStore(useShallow(selectAppearance));
  const systemDark = useSystemPrefersDark();
  const { i18n } = useTranslation();
  const theme = resolveTheme(preference, systemDark);

  useEffect(() => {
    applyDocumentLanguage(language);
    if (i18n.language !== language) {
      void i18n.changeLanguage(language);
    }
  }, [language, i18n]);

  useEffect(() => {
    applyDocumentTheme(theme);
  }, [theme]);
}
