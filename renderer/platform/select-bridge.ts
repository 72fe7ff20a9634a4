/** Picks the Bridge for the runtime the renderer finds itself in. */
import type { LoupeApi } from '../../shared/ipc/loupe-api';
import type { Bridge } from './bridge';
import { createBrowserBridge } from './browser-bridge';
import { createElectronBridge } from './electron-bridge';

/** The Electron bridge when the preload exposed `loupe`, else the browser bridge. */
export function selectBridge(win: Window & { loupe?: LoupeApi }): Bridge {
  return win.loupe ? createElectronBridge(win.loupe) : createBrowserBridge(win);
}
