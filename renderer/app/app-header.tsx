/** The top bar: product name and the language and theme switches. */
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../features/settings/language-select';
import { ThemeSelect } from '../features/settings/theme-select';
import { LoupeMark } from './loupe-mark';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <LoupeMark className="brand-mark" />
        <h1 className="brand-name">{t('app.name')}</h1>
        <p className="brand-tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-controls">
        <LanguageSelect />
        <ThemeSelect />
      </div>
    </header>
  );
}
