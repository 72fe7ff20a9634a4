/** Routes commands from the native menu to the store actions that carry them out. */
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Bridge } from '../platform/bridge';
import { useExportStore } from '../stores/export/export-store';
import { useImportStore } from '../stores/import/import-store';
import { useNavigationStore } from '../stores/navigation/navigation-store';
import { useSettingsStore } from '../stores/settings/settings-store';
import { resolveTheme } from '../theme/resolve-theme';
import { systemPrefersDark } from '../theme/system-prefers-dark';

function runMenuCommand(command: MenuCommand): void {
  const settings = useSettingsStore.getState();
  switch (command) {
    case 'set-language-en':
      void settings.setLanguage('en');
      return;
    case 'set-language-zh-TW':
      void settings.setLanguage('zh-TW');
      return;
    case 'toggle-theme': {
      const painted = resolveTheme(settings.theme, systemPrefersDark());
      void settings.setTheme(painted === 'dark' ? 'light' : 'dark');
      return;
    }
    case 'load-demo-queue':
      // The navigation store reports progress and failure where the empty queue shows them.
      void useNavigationStore.getState().loadDemoQueue(settings.language);
      return;
    case 'show-shortcuts':
      // The keyboard feature's cheatsheet reads this flag (see navigation-store.ts).
      useNavigationStore.getState().setCheatsheetOpen(true);
      return;
    case 'open-files':
      // File > Open Files… imports: the import screen, then the dialog over it.
      useNavigationStore.getState().openImport();
      void useImportStore.getState().chooseFile();
      return;
    case 'export-labelled-set':
      // File > Export Labelled Set…: the dialog over whatever screen shows.
      useExportStore.getState().openDialog();
      return;
  }
}

/** Subscribes to the bridge's menu commands; returns the unsubscribe function. */
export function setupMenuCommands(bridge: Bridge): () => void {
  return bridge.onMenuCommand(runMenuCommand);
}
