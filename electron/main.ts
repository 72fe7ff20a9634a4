/**
 * The main process: a flat list of `setupX()` calls (CONVENTIONS.md §7). Security comes first —
 * guards on every webContents, permission handlers, the `app://` protocol — then the IPC
 * handlers, the menu, and the window last, so no page ever runs before its guards exist.
 */
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import type { WebContents } from 'electron';
import path from 'node:path';
import type { MenuCommand } from '../shared/ipc/contract';
import { appPaths } from './app-paths';
import { createTypedIpcMain, sendEvent } from './ipc/typed-ipc-main';
import { registerIpcHandlers } from './register-ipc-handlers';
import { setupApplicationMenu, type ApplicationMenu } from './menu/application-menu';
import { pickInitialLanguage } from './menu/system-language';
import { registerAppScheme, setupAppProtocol } from './protocol/app-protocol';
import { setupPermissionHandlers } from './security/permission-handlers';
import { setupWebContentsGuards } from './security/web-contents-guards';
import { setupSingleInstance } from './single-instance';
import { createMainWindow } from './window/main-window';

const { rendererRoot, preloadPath } = appPaths(__dirname);
let mainWindow: BrowserWindow | null = null;
let menu: ApplicationMenu | null = null;

/** Our windows are the only trusted IPC senders; window.open is denied, so all are ours. */
const isOurWindow = (contents: WebContents): boolean =>
  BrowserWindow.getAllWindows().some((window) => window.webContents === contents);

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target !== null && !target.isDestroyed()) {
    sendEvent(target.webContents, 'menu:command', command);
  }
}

function setupIpc(): void {
  registerIpcHandlers({
    ipc: createTypedIpcMain(isOurWindow),
    appInfo: () => ({ name: app.getName(), version: app.getVersion(), locale: app.getLocale() }),
    platform: process.platform,
    versions: process.versions,
    dialog,
    shell,
    safeStorage,
    windowOf: (contents) => BrowserWindow.fromWebContents(contents),
    secretsFilePath: path.join(app.getPath('userData'), 'secrets.json'),
    hubConnectionFilePath: path.join(app.getPath('userData'), 'hub-connection.json'),
    // Node's fetch: the hub calls and the poke stream run in main, where the token is.
    fetch: (input, init) => fetch(input, init),
    defaultSaveFolder: app.getPath('downloads'),
    setLanguage: (language) => menu?.setLanguage(language),
  });
}

function setupMenu(): void {
  menu = setupApplicationMenu({
    Menu,
    language: pickInitialLanguage([...app.getPreferredSystemLanguages(), app.getLocale()]),
    platform: process.platform,
    isPackaged: app.isPackaged,
    send: sendMenuCommand,
  });
}

async function openMainWindow(): Promise<void> {
  mainWindow = await createMainWindow({
    BrowserWindow,
    screen,
    preloadPath,
    stateFilePath: path.join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Before ready: the privileged scheme must be registered first, and the guards go in before any
// webContents can be created.
registerAppScheme(protocol);
setupWebContentsGuards(app);

if (setupSingleInstance(app, () => mainWindow)) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      void openMainWindow();
    }
  });
  void app.whenReady().then(async () => {
    setupPermissionHandlers(session.defaultSession);
    setupAppProtocol(protocol, rendererRoot);
    setupIpc();
    setupMenu();
    await openMainWindow();
  });
}
