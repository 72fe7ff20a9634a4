/**
 * The preload: `window.loupe`, one named function per contract channel (DESIGN.md, Security:
 * "the preload exposes named functions only"; CONVENTIONS.md §4).
 *
 * Deliberately thin. It runs sandboxed, so it is bundled into one file that requires nothing but
 * `electron`; it imports only *types* from the contract, keeping zod out — main parses every
 * request anyway, and a check here would only be a second copy to keep in sync. Menu listeners
 * receive the command alone, never Electron's event object (which would hand the page `sender`).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  MenuCommand,
} from '../shared/ipc/contract';
import type { LoupeApi } from '../shared/ipc/loupe-api';

function invoke<C extends InvokeChannel>(
  channel: C,
  request?: InvokeRequest<C>,
): Promise<InvokeResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<InvokeResponse<C>>;
}

const api = {
  getAppInfo: () => invoke('app:info'),
  setLanguage: (request) => invoke('app:set-language', request),
  openFiles: (request) => invoke('files:open', request),
  readFileChunk: (request) => invoke('files:read-chunk', request),
  reopenFile: (request) => invoke('files:reopen', request),
  closeFile: (request) => invoke('files:close', request),
  beginSaveFile: (request) => invoke('files:save-begin', request),
  writeSaveChunk: (request) => invoke('files:save-chunk', request),
  endSaveFile: (request) => invoke('files:save-end', request),
  abortSaveFile: (request) => invoke('files:save-abort', request),
  openExternal: (request) => invoke('shell:open-external', request),
  getSecret: (request) => invoke('secrets:get', request),
  setSecret: (request) => invoke('secrets:set', request),
  onMenuCommand: (listener) => {
    if (typeof listener !== 'function') {
      throw new TypeError('onMenuCommand expects a function');
    }
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string') {
        listener(command as MenuCommand);
      }
    };
    ipcRenderer.on('menu:command', forward);
    return () => {
      ipcRenderer.removeListener('menu:command', forward);
    };
  },
} satisfies LoupeApi;

contextBridge.exposeInMainWorld('loupe', api);
