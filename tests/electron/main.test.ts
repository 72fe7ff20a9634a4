/**
 * Boots electron/main.ts against the stand-in and checks what a reviewer's machine would see:
 * security installed before anything can load, the window created last, on app://, with the
 * menu and IPC wired to it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type * as ElectronMock from '../mocks/electron';
import { makeTempDir } from './support/temp-dir';

type Mock = typeof ElectronMock;

async function boot(configure: (mock: Mock) => void = () => undefined): Promise<Mock> {
  vi.resetModules();
  const mock = await import('../mocks/electron');
  mock.resetElectronMock();
  const dir = await makeTempDir();
  mock.app.paths = { userData: dir, downloads: dir };
  configure(mock);
  await import('../../electron/main');
  return mock;
}

async function bootedWindow(mock: Mock) {
  await vi.waitFor(() => {
    expect(mock.BrowserWindow.instances[0]?.loadedUrl).toBe('app://loupe/index.html');
  });
  const window = mock.BrowserWindow.instances[0];
  if (window === undefined) {
    throw new Error('no window');
  }
  return window;
}

function indexOf(log: string[], entry: string): number {
  const index = log.indexOf(entry);
  expect(index, `${entry} in ${log.join(', ')}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe('main process boot', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('installs security first, then IPC and menu, and creates the window last', async () => {
    const mock = await boot();
    await bootedWindow(mock);
    const order = [
      'protocol.registerSchemesAsPrivileged',
      'app.on:web-contents-created',
      'app.requestSingleInstanceLock',
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'protocol.handle:app',
      'ipcMain.handle:app:info',
      'Menu.setApplicationMenu',
      'new BrowserWindow',
      'BrowserWindow.loadURL:app://loupe/index.html',
    ].map((entry) => indexOf(mock.callLog, entry));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('guards the window it creates and runs it hardened with the built preload', async () => {
    const mock = await boot();
    const window = await bootedWindow(mock);
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    const preload = (window.options.webPreferences as { preload: string }).preload;
    expect(preload).toMatch(/electron[\\/]preload\.cjs$/);
    expect(window.webContents.simulate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
  });

  it('sends menu commands to the window and rebuilds the menu on app:set-language', async () => {
    const mock = await boot((m) => {
      m.app.preferredSystemLanguages = ['zh-Hant-TW'];
    });
    const window = await bootedWindow(mock);
    const template = () =>
      (mock.Menu.applicationMenu?.template ?? []) as MenuItemConstructorOptions[];
    expect(template()[0]?.label).toBe('檔案');

    const view = template().find((item) => item.role === 'viewMenu');
    const toggle = (view?.submenu as MenuItemConstructorOptions[]).find(
      (item) => item.label === '切換主題',
    );
    (toggle?.click as () => void)();
    expect(window.webContents.sent).toEqual([{ channel: 'menu:command', args: ['toggle-theme'] }]);

    await mock.ipcMain.invokeFrom(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      'app:set-language',
      { language: 'en' },
    );
    expect(template()[0]?.label).toBe('File');
  });

  it('restores the window on a second launch and quits when the last window closes', async () => {
    const mock = await boot();
    const window = await bootedWindow(mock);
    window.minimized = true;
    mock.app.emit('second-instance', {}, [], '/');
    expect(window.isMinimized()).toBe(false);
    expect(window.focusCalls).toBe(1);

    mock.app.emit('window-all-closed');
    expect(mock.app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
  });

  it('quits at once, creating nothing, when another instance is running', async () => {
    const mock = await boot((m) => {
      m.app.singleInstanceLockAvailable = false;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mock.app.quitCalls).toBe(1);
    expect(mock.BrowserWindow.instances).toHaveLength(0);
    expect(mock.ipcMain.handlers.size).toBe(0);
  });
});
