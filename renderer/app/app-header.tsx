/**
 * The top bar: product name, the sync status (when a team hub is connected), the lead's Inbox
 * and Statistics buttons (lead access only), the language and theme switches, the Project button (switch,
 * create, rename, review settings) and the Settings button.
 */
import { useTranslation } from 'react-i18next';
import { InboxButton } from '../features/lead/inbox/inbox-button';
import { StatisticsButton } from '../features/lead/statistics/statistics-button';
import { ProjectsButton } from '../features/projects/projects-button';
import { SettingsButton } from '../features/settings/settings-button';
import { LanguageSelect } from '../features/settings/language-select';
import { ThemeSelect } from '../features/settings/theme-select';
import { SyncStatusButton } from '../features/sync/sync-status-button';
import { LoupeMark } from '../components/loupe-mark';

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
        <SyncStatusButton />
        <InboxButton />
        <StatisticsButton />
        <LanguageSelect />
        <ThemeSelect />
        <ProjectsButton />
        <SettingsButton />
      </div>
    </header>
  );
}
