/**
 * The preload: `window.loupe`, one named function per contract channel (DESIGN.md, Security:
 * "the preload exposes named functions only"; CONVENTIONS.md §4).
 *
 * Deliberately thin. It runs sandboxed, so it is bundled into one file that requires nothing but
 * `electron`; it imports only *types* from the contract, keeping zod out — main parses every
 * request anyway, and a check here would only be a second copy to keep in sync. Listeners
 * receive the payload alone, never Electron's event object (which would hand the page `sender`).
 * The hub's token goes in through `connectHub` and no function here gives it back.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
} from '../shared/ipc/contract';
import type { LoupeApi } from '../shared/ipc/loupe-api';

function invoke<C extends InvokeChannel>(
  channel: C,
  request?: InvokeRequest<C>,
): Promise<InvokeResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<InvokeResponse<C>>;
}

/**
 * Subscribes `listener` to a main → renderer event, passing on only a payload that has the
 * expected shape (`accepts`), and returns the unsubscribe function.
 */
function listen<C extends EventChannel>(
  channel: C,
  listener: (payload: EventPayload<C>) => void,
  accepts: (payload: unknown) => boolean,
): () => void {
  if (typeof listener !== 'function') {
    throw new TypeError(`A listener for ${channel} must be a function`);
  }
  const forward = (_event: IpcRendererEvent, payload: unknown): void => {
    if (accepts(payload)) {
      listener(payload as EventPayload<C>);
    }
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const isObject = (payload: unknown): boolean => typeof payload === 'object' && payload !== null;

const api = {
  getAppInfo: () => invoke('app:info'),
  setLanguage: (request) => invoke('app:set-language', request),
  openFiles: (request) => invoke('files:open', request),
  readFileChunk: (request) => invoke('files:read-chunk', request),
  reopenFile: (request) => invoke('files:reopen', request),
  closeFile: (request) => invoke('files:close', request),
  beginSaveFile: (request) => invoke('files:save-begin', request),
  pickFolder: (request) => invoke('files:pick-folder', request),
  beginSaveInFolder: (request) => invoke('files:save-in-folder-begin', request),
  saveReportPdf: (request) => invoke('report:save-pdf', request),
  writeSaveChunk: (request) => invoke('files:save-chunk', request),
  endSaveFile: (request) => invoke('files:save-end', request),
  abortSaveFile: (request) => invoke('files:save-abort', request),
  openExternal: (request) => invoke('shell:open-external', request),
  connectHub: (request) => invoke('hub:connect', request),
  disconnectHub: () => invoke('hub:disconnect'),
  getHubConnection: () => invoke('hub:connection'),
  callHub: (request) => invoke('hub:call', request),
  followHubPokes: (request) => invoke('hub:follow-pokes', request),
  onMenuCommand: (listener) =>
    listen('menu:command', listener, (command) => typeof command === 'string'),
  onHubPoke: (listener) => listen('hub:poke', listener, isObject),
  onHubPokeState: (listener) => listen('hub:poke-state', listener, isObject),
} satisfies LoupeApi;

contextBridge.exposeInMainWorld('loupe', api);
