/**
 * A hand-written stand-in for the `electron` module (aliased in vitest.config.ts, project
 * "node"), in the spirit of Electron Fiddle's tests/mocks. Electron itself is never loaded by
 * tests (TOOLCHAIN.md): this file models just enough of each API for main, preload and their
 * tests, and records what was called so tests can assert on it.
 *
 * Honest where it matters: `ipcMain.handle` refuses a second handler for a channel, an invoke
 * error reaches the renderer as Electron words it ("Error invoking remote method …") with only
 * the message, and values cross "IPC" through `structuredClone`.
 */
import { app } from './electron/app';
import { callLog } from './electron/call-log';
import { attachRenderer, exposedInMainWorld, ipcMain, ipcRenderer } from './electron/ipc';
import { Menu, MockSession, protocol, screen, session } from './electron/platform';
import { dialog, safeStorage, shell } from './electron/services';
import { BrowserWindow } from './electron/windows';

export { app, callLog, BrowserWindow, Menu, dialog, ipcMain, ipcRenderer, protocol, safeStorage };
export { screen, session, shell, attachRenderer, exposedInMainWorld };
export { contextBridge, type MockInvokeEvent } from './electron/ipc';
export { net } from './electron/platform';
export { MockWebContents, type MockFrame } from './electron/windows';

/** Puts every stand-in back to its initial state (call in `beforeEach`). */
export function resetElectronMock(): void {
  callLog.length = 0;
  app.removeAllListeners();
  Object.assign(app, {
    isPackaged: false,
    locale: 'en-US',
    preferredSystemLanguages: ['en-US'],
    paths: {},
    singleInstanceLockAvailable: true,
    quitCalls: 0,
  });
  BrowserWindow.instances.length = 0;
  BrowserWindow.focused = null;
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  attachRenderer(null);
  for (const key of Object.keys(exposedInMainWorld)) {
    delete exposedInMainWorld[key];
  }
  dialog.openAnswers.length = 0;
  dialog.saveAnswers.length = 0;
  dialog.calls.length = 0;
  shell.opened.length = 0;
  safeStorage.encryptionAvailable = true;
  safeStorage.backend = 'gnome_libsecret';
  protocol.privilegedSchemes.length = 0;
  protocol.handlers.clear();
  session.defaultSession = new MockSession();
  Menu.applicationMenu = null;
  screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
}
