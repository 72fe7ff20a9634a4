/**
 * Start-up, in order: install the bridge, paint the system theme at once, wire database
 * notices, ask for persistent storage, read settings, start sync with the connected hub (if
 * any) and the lead's team names, then build i18n in the chosen language.
 */
import type { i18n } from 'i18next';
import type { LoupeApi } from '../../shared/ipc/loupe-api';
import { onDatabaseVersionChange } from '../db/database-instance';
import { requestPersistentStorage } from '../db/persistent-storage';
import { createI18n } from '../i18n/create-i18n';
import { getBridge, setBridge } from '../platform/current-bridge';
import { selectBridge } from '../platform/select-bridge';
import { useDatabaseStore } from '../stores/database/database-store';
import { useTeamStore } from '../stores/lead/team-store';
import { useSettingsStore } from '../stores/settings/settings-store';
import { useSyncStore } from '../stores/sync/sync-store';
import { applyDocumentLanguage, applyDocumentTheme } from '../theme/apply-document-settings';
import { resolveTheme } from '../theme/resolve-theme';
import { systemPrefersDark } from '../theme/system-prefers-dark';
import { setupMenuCommands } from './menu-commands';

/** Prepares everything the first render needs; resolves to the i18n instance to render with. */
export async function startApp(win: Window & { loupe?: LoupeApi }): Promise<i18n> {
  setBridge(selectBridge(win));
  // Before the settings arrive, follow the system so a dark desktop is not flashed white.
  applyDocumentTheme(resolveTheme('system', systemPrefersDark()));
  onDatabaseVersionChange(() => useDatabaseStore.getState().markReloadRequired());
  void requestPersistentStorage();

  await useSettingsStore.getState().load();
  const { language, theme } = useSettingsStore.getState();
  applyDocumentLanguage(language);
  applyDocumentTheme(resolveTheme(theme, systemPrefersDark()));
  setupMenuCommands(getBridge());
  // Sync runs behind the screens: the queue paints from the local store whatever the hub does.
  void useSyncStore.getState().start();
  // A lead's screens name teammates from the stored list, fetched again while connected.
  void useTeamStore.getState().start();
  return createI18n(language);
}
