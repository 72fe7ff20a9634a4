/**
 * Creates the main window: remembered bounds, the hardened options, shown when painted, and the
 * renderer loaded from `app://loupe/index.html` (DESIGN.md, Security).
 */
import fs from 'node:fs/promises';
import type { BrowserWindow as BrowserWindowType, Screen } from 'electron';
import { APP_ENTRY_URL } from '../security/app-origin';
import { buildWindowOptions } from './window-options';
import { fitWindowState, type WindowState } from './window-state';
import { createWindowStateSaver, loadWindowState } from './window-state-store';

/** What {@link createMainWindow} needs from Electron and the disk. */
export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  preloadPath: string;
  /** userData/window-state.json */
  stateFilePath: string;
}

function currentState(window: BrowserWindowType): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, isMaximized: window.isMaximized() };
}

/** Opens the main window and wires its state persistence. */
export async function createMainWindow(deps: MainWindowDeps): Promise<BrowserWindowType> {
  const primary = deps.screen.getPrimaryDisplay();
  const others = deps.screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const fitted = fitWindowState(await loadWindowState(deps.stateFilePath, fs), [
    primary.workArea,
    ...others.map((display) => display.workArea),
  ]);

  const window = new deps.BrowserWindow(
    buildWindowOptions({ preloadPath: deps.preloadPath, bounds: fitted.bounds }),
  );
  if (fitted.isMaximized) {
    window.maximize();
  }
  window.once('ready-to-show', () => window.show());

  const saver = createWindowStateSaver({
    filePath: deps.stateFilePath,
    fs,
    onError: (error) => console.warn('Could not save the window state', error),
  });
  const remember = (): void => {
    if (!window.isDestroyed()) {
      saver.schedule(currentState(window));
    }
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', () => {
    remember();
    void saver.flush();
  });

  await window.loadURL(APP_ENTRY_URL);
  return window;
}
