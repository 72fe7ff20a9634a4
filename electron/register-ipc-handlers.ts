/**
 * Wires every contract channel to its plain handler module. Effects (dialogs, shell, safeStorage,
 * fetch, paths) come in as parameters so the whole set runs under the Node test stand-in.
 * Part of main's wiring, not of electron/ipc: the typed channel plumbing there knows nothing of
 * the handlers it carries (a lint wall in eslint.config.mjs).
 */
import type { BrowserWindow, Dialog, Shell, WebContents } from 'electron';
import type { Language } from '../shared/ipc/contract';
import type { FetchLike } from '../shared/sync/hub-client';
import { getAppInfo } from './handlers/app-info';
import {
  beginSaveFromDialog,
  openFilesFromDialog,
  type FileDialogs,
} from './handlers/file-dialogs';
import { FileReadRegistry } from './handlers/file-reads';
import { FileSaveRegistry } from './handlers/file-saves';
import {
  beginSaveInFolder,
  FolderPickRegistry,
  pickFolderFromDialog,
} from './handlers/folder-saves';
import { openExternalLink } from './handlers/open-external';
import { saveReportAsPdf } from './handlers/report-pdf';
import {
  createSecretsStore,
  secretStorageMode,
  type SafeStorageLike,
} from './handlers/secrets-store';
import { createHubHandlers, type HubHandlers } from './team-hub/hub-handlers';
import { sendEvent, type TypedIpcMain } from './ipc/typed-ipc-main';

/** Everything the handlers need from the outside world. */
export interface IpcHandlerDeps {
  ipc: TypedIpcMain;
  appInfo: () => { name: string; version: string; locale: string };
  platform: NodeJS.Platform;
  versions: Readonly<Record<string, string | undefined>>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: Pick<Shell, 'openExternal'>;
  safeStorage: SafeStorageLike;
  /** The window a webContents belongs to, so dialogs are modal to it. */
  windowOf: (contents: WebContents) => BrowserWindow | null;
  /** userData/secrets.json */
  secretsFilePath: string;
  /** userData/hub-connection.json: the connected hub's address (its token is a secret). */
  hubConnectionFilePath: string;
  /** What main calls the hub with (Node's fetch). */
  fetch: FetchLike;
  /** Where the save dialog starts (the Downloads folder). */
  defaultSaveFolder: string;
  setLanguage: (language: Language) => void;
}

/** Registers every invoke channel of the contract. Returns the registries (for tests). */
export function registerIpcHandlers(deps: IpcHandlerDeps): {
  reads: FileReadRegistry;
  saves: FileSaveRegistry;
  folders: FolderPickRegistry;
  hub: HubHandlers;
} {
  const { ipc } = deps;
  const reads = new FileReadRegistry();
  const saves = new FileSaveRegistry();
  const folders = new FolderPickRegistry();
  const secrets = createSecretsStore({
    filePath: deps.secretsFilePath,
    safeStorage: deps.safeStorage,
    platform: deps.platform,
  });
  const hub = createHubHandlers({
    fetch: deps.fetch,
    secrets,
    connectionFilePath: deps.hubConnectionFilePath,
    storageMode: () => secretStorageMode(deps.safeStorage, deps.platform),
    send: sendEvent,
  });

  // Handles belong to the webContents that opened them; when it is destroyed (window closed,
  // renderer crashed) its open files are closed, its remembered picks forgotten and its
  // unfinished saves deleted.
  const tracked = new Set<number>();
  const ownerOf = (sender: WebContents): number => {
    if (!tracked.has(sender.id)) {
      tracked.add(sender.id);
      sender.once('destroyed', () => {
        tracked.delete(sender.id);
        void reads.closeAllOwnedBy(sender.id);
        void saves.abortAllOwnedBy(sender.id);
        folders.forgetAllOwnedBy(sender.id);
      });
    }
    return sender.id;
  };

  const dialogsFor = (sender: WebContents): FileDialogs => {
    const window = deps.windowOf(sender);
    return {
      showOpenDialog: (options) =>
        window === null
          ? deps.dialog.showOpenDialog(options)
          : deps.dialog.showOpenDialog(window, options),
      showSaveDialog: (options) =>
        window === null
          ? deps.dialog.showSaveDialog(options)
          : deps.dialog.showSaveDialog(window, options),
    };
  };

  ipc.handle('app:info', () =>
    getAppInfo({ ...deps.appInfo(), platform: deps.platform, versions: deps.versions }),
  );
  ipc.handle('app:set-language', ({ language }) => {
    deps.setLanguage(language);
  });

  ipc.handle('files:open', (request, { sender }) =>
    openFilesFromDialog(request, { dialogs: dialogsFor(sender), reads, ownerId: ownerOf(sender) }),
  );
  ipc.handle('files:read-chunk', ({ fileId, maxBytes }, { sender }) =>
    reads.readChunk(ownerOf(sender), fileId, maxBytes),
  );
  ipc.handle('files:reopen', ({ fileId }, { sender }) => reads.reopen(ownerOf(sender), fileId));
  ipc.handle('files:close', ({ fileId }, { sender }) => reads.close(ownerOf(sender), fileId));

  ipc.handle('files:save-begin', (request, { sender }) =>
    beginSaveFromDialog(request, {
      dialogs: dialogsFor(sender),
      saves,
      ownerId: ownerOf(sender),
      defaultFolder: deps.defaultSaveFolder,
    }),
  );
  ipc.handle('files:pick-folder', (request, { sender }) =>
    pickFolderFromDialog(request, {
      showOpenDialog: (options) => dialogsFor(sender).showOpenDialog(options),
      folders,
      ownerId: ownerOf(sender),
    }),
  );
  ipc.handle('files:save-in-folder-begin', (request, { sender }) =>
    beginSaveInFolder(request, { folders, saves, ownerId: ownerOf(sender) }),
  );
  ipc.handle('files:save-chunk', ({ saveId, bytes }, { sender }) =>
    saves.writeChunk(ownerOf(sender), saveId, bytes),
  );
  ipc.handle('files:save-end', async ({ saveId }, { sender }) => ({
    bytesWritten: await saves.end(ownerOf(sender), saveId),
  }));
  ipc.handle('files:save-abort', ({ saveId }, { sender }) => saves.abort(ownerOf(sender), saveId));
  ipc.handle('report:save-pdf', (request, { sender }) =>
    saveReportAsPdf(request, {
      dialogs: dialogsFor(sender),
      saves,
      ownerId: ownerOf(sender),
      defaultFolder: deps.defaultSaveFolder,
      // The page as its print stylesheet lays it out, charts (canvas) included.
      printToPdf: () => sender.printToPDF({ printBackground: true, pageSize: 'A4' }),
    }),
  );

  ipc.handle('shell:open-external', ({ url }) =>
    openExternalLink(url, (href) => deps.shell.openExternal(href)),
  );

  // The token goes in with 'hub:connect' and never comes back out (SYNC.md §6).
  ipc.handle('hub:connect', (request) => hub.connect(request));
  ipc.handle('hub:disconnect', () => hub.disconnect());
  ipc.handle('hub:connection', () => hub.connection());
  ipc.handle('hub:call', (call) => hub.call(call));
  ipc.handle('hub:follow-pokes', ({ follow }, { sender }) => hub.followPokes(sender, follow));

  return { reads, saves, folders, hub };
}
