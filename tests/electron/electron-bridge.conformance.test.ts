/**
 * The shared Bridge conformance suite against the Electron bridge, wired end to end through the
 * real pieces: createElectronBridge → the real preload's `window.loupe` → mock ipcRenderer →
 * mock ipcMain → the typed wrapper (sender and schema checks) → the real handlers on real temp
 * files, and main's hub module with Node's fetch against a real hub. Only the user at the native
 * dialogs is played by the harness.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow as BrowserWindowType, Dialog } from 'electron';
import { beforeAll } from 'vitest';
import type { LoupeApi } from '../../shared/ipc/loupe-api';
import { createElectronBridge } from '../../renderer/platform/electron-bridge';
import { registerIpcHandlers } from '../../electron/register-ipc-handlers';
import { createTypedIpcMain } from '../../electron/ipc/typed-ipc-main';
import {
  BrowserWindow,
  attachRenderer,
  dialog,
  exposedInMainWorld,
  resetElectronMock,
  safeStorage,
  shell,
} from '../mocks/electron';
import type { BridgeHarness } from '../renderer/platform/bridge-harness';
import { runBridgeConformance } from '../renderer/platform/bridge-conformance';

let api: LoupeApi;

beforeAll(async () => {
  await import('../../electron/preload');
  api = exposedInMainWorld.loupe as LoupeApi;
});

async function makeElectronHarness(): Promise<BridgeHarness> {
  resetElectronMock();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-conformance-'));
  const saveFolder = path.join(root, 'saved');
  await fs.mkdir(saveFolder);

  const window = new BrowserWindow();
  await window.loadURL('app://loupe/index.html');
  attachRenderer(window.webContents);
  const { reads } = registerIpcHandlers({
    ipc: createTypedIpcMain(
      (contents) =>
        BrowserWindow.getAllWindows().some((w) => (w.webContents as unknown) === contents),
      () => undefined,
    ),
    appInfo: () => ({ name: 'Loupe', version: '0.1.0', locale: 'en-US' }),
    platform: process.platform,
    versions: process.versions,
    dialog: dialog as unknown as Dialog,
    shell,
    safeStorage,
    windowOf: (contents) =>
      BrowserWindow.fromWebContents(contents) as unknown as BrowserWindowType | null,
    secretsFilePath: path.join(root, 'secrets.json'),
    hubConnectionFilePath: path.join(root, 'hub-connection.json'),
    // Main calls the hub with Node's fetch, as in the app.
    fetch: (input, init) => fetch(input, init),
    defaultSaveFolder: saveFolder,
    setLanguage: () => undefined,
  });

  let picks = 0;
  return {
    bridge: createElectronBridge(api),
    userPicksFiles(files) {
      if (files === null) {
        dialog.openAnswers.push({ canceled: true, filePaths: [] });
        return;
      }
      // Written synchronously: the harness API is synchronous, and the picker must only ever
      // return files that exist on disk.
      const folder = path.join(root, `picked-${(picks += 1)}`);
      mkdirSync(folder);
      const filePaths = files.map((file) => {
        const filePath = path.join(folder, file.name);
        writeFileSync(filePath, file.bytes);
        return filePath;
      });
      dialog.openAnswers.push({ canceled: false, filePaths });
    },
    userChoosesSaveName(name) {
      dialog.saveAnswers.push(
        name === null
          ? { canceled: true }
          : { canceled: false, filePath: path.join(saveFolder, name) },
      );
    },
    async savedFile(name) {
      try {
        return new Uint8Array(await fs.readFile(path.join(saveFolder, name)));
      } catch {
        return undefined;
      }
    },
    openedExternalUrls: () => [...shell.opened],
    async cleanup() {
      // No partial files may survive a save, whatever its outcome; no file handle may stay open
      // once its stream was read to the end or cancelled (a reopened one included).
      const leftovers = (await fs.readdir(saveFolder)).filter((n) => n.includes('loupe-partial'));
      const openHandles = reads.size;
      window.close();
      await fs.rm(root, { recursive: true, force: true });
      if (leftovers.length > 0) {
        throw new Error(`partial files left behind: ${leftovers.join(', ')}`);
      }
      if (openHandles > 0) {
        throw new Error(`${openHandles} file handle(s) left open`);
      }
    },
  };
}

runBridgeConformance('electron bridge (preload → typed IPC → main handlers)', makeElectronHarness);
