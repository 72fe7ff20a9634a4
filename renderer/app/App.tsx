/** The application shell: header, then the main area (onboarding, queue or review). */
import { CheatsheetHost } from '../features/keyboard/shortcut-cheatsheet';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { LinkOpenerContext } from '../components/markdown/link-opener-context';
import { ExportHost } from '../features/export/export-host';
import { SettingsDialog } from '../features/settings/settings-dialog';
import { openExternalLink } from '../stores/links/open-external-link';
import { useNavigationStore } from '../stores/navigation/navigation-store';
import { AppHeader } from './app-header';
import { FileDrop } from './file-drop';
import { MainContent } from './main-content';
import { ReloadBanner } from './reload-banner';
import { useDocumentSettings } from './use-document-settings';

function AppShell() {
  useDocumentSettings();
  const settingsOpen = useNavigationStore((state) => state.settingsOpen);
  const setSettingsOpen = useNavigationStore((state) => state.setSettingsOpen);
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <ReloadBanner />
        <MainContent />
      </main>
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      <CheatsheetHost />
      <ExportHost />
      <FileDrop />
    </div>
  );
}

/** The whole UI; `i18n` is created at start with the language the settings chose. */
export function App({ i18n }: { i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LinkOpenerContext.Provider value={openExternalLink}>
        <AppShell />
      </LinkOpenerContext.Provider>
    </I18nextProvider>
  );
}
