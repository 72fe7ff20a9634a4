/**
 * The shape of `window.loupe`, the only thing the preload exposes. One named function per
 * contract channel; listeners return an unsubscribe function and never see Electron's event.
 */
import type {
  EventPayload,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  MenuCommand,
} from './contract';

type Invoker<C extends InvokeChannel> =
  InvokeRequest<C> extends undefined
    ? () => Promise<InvokeResponse<C>>
    : (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;

export interface LoupeApi {
  getAppInfo: Invoker<'app:info'>;
  setLanguage: Invoker<'app:set-language'>;
  openFiles: Invoker<'files:open'>;
  readFileChunk: Invoker<'files:read-chunk'>;
  reopenFile: Invoker<'files:reopen'>;
  closeFile: Invoker<'files:close'>;
  beginSaveFile: Invoker<'files:save-begin'>;
  pickFolder: Invoker<'files:pick-folder'>;
  beginSaveInFolder: Invoker<'files:save-in-folder-begin'>;
  writeSaveChunk: Invoker<'files:save-chunk'>;
  endSaveFile: Invoker<'files:save-end'>;
  abortSaveFile: Invoker<'files:save-abort'>;
  saveReportPdf: Invoker<'report:save-pdf'>;
  openExternal: Invoker<'shell:open-external'>;
  connectHub: Invoker<'hub:connect'>;
  disconnectHub: Invoker<'hub:disconnect'>;
  getHubConnection: Invoker<'hub:connection'>;
  callHub: Invoker<'hub:call'>;
  followHubPokes: Invoker<'hub:follow-pokes'>;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  onHubPoke: (listener: (poke: EventPayload<'hub:poke'>) => void) => () => void;
  onHubPokeState: (listener: (state: EventPayload<'hub:poke-state'>) => void) => () => void;
}
