/** The application shell: header, then the main area (today: the queue). */
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { QueueScreen } from '../features/queue/queue-screen';
import { AppHeader } from './app-header';
import { ReloadBanner } from './reload-banner';
import { useDocumentSettings } from './use-document-settings';

function AppShell() {
  useDocumentSettings();
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <ReloadBanner />
        <QueueScreen />
      </main>
    </div>
  );
}

/** The whole UI; `i18n` is created at start with the language the settings chose. */
export function App({ i18n }: { i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppShell />
    </I18nextProvider>
  );
}
