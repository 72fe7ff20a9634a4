/**
 * The export's folder saves end to end (issue 13 point 2): the Electron bridge → the real
 * preload → mock ipcRenderer/ipcMain → the typed wrapper → the real handlers on a real temp
 * folder. Only the user at the folder dialog is played here. The renderer names files, never a
 * path; a file is under its name only once finished; many small chunks cost few IPC messages.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow as BrowserWindowType, Dialog } from 'electron';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
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

let api: LoupeApi;
const made: string[] = [];

beforeAll(async () => {
  await import('../../electron/preload');
  api = exposedInMainWorld.loupe as LoupeApi;
});

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function wire() {
  resetElectronMock();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-export-folder-'));
  made.push(root);
  const exports = path.join(root, 'exports');
  await fs.mkdir(exports);
  const window = new BrowserWindow();
  await window.loadURL('app://loupe/index.html');
  attachRenderer(window.webContents);
  const { saves } = registerIpcHandlers({
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
    fetch: (input, init) => fetch(input, init),
    defaultSaveFolder: root,
    setLanguage: () => undefined,
  });
  return { bridge: createElectronBridge(api), exports, root, saves };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('export folders through the Electron bridge', () => {
  it('writes named files into the picked folder, each appearing only when finished', async () => {
    const { bridge, exports, saves } = await wire();
    dialog.openAnswers.push({ canceled: false, filePaths: [exports] });
    const folder = await bridge.pickExportFolder({ title: 'Where to save' });
    expect(folder).toMatchObject({ kind: 'folder', name: 'exports' });
    if (folder === undefined) {
      return;
    }
    const data = await folder.createFile('data.jsonl');
    const line = encode('{"final":"您好，我們已為您退款。"}\n');
    for (let i = 0; i < 20_000; i += 1) {
      await data.write(line);
    }
    expect((await fs.readdir(exports)).filter((name) => !name.startsWith('.'))).toEqual([]);
    const { bytesWritten } = await data.close();
    expect(bytesWritten).toBe(line.byteLength * 20_000);

    const manifest = await folder.createFile('manifest.json');
    await manifest.write(encode('{}\n'));
    await manifest.close();
    expect((await fs.readdir(exports)).sort()).toEqual(['data.jsonl', 'manifest.json']);
    const written = await fs.readFile(path.join(exports, 'data.jsonl'));
    expect(written.byteLength).toBe(bytesWritten);
    expect(written.subarray(0, line.byteLength).toString('utf8')).toBe(
      '{"final":"您好，我們已為您退款。"}\n',
    );
    expect(saves.size).toBe(0);
  });

  it('packs small chunks into few IPC messages', async () => {
    const { bridge, exports } = await wire();
    dialog.openAnswers.push({ canceled: false, filePaths: [exports] });
    const folder = await bridge.pickExportFolder();
    const original = api.writeSaveChunk;
    let messages = 0;
    api.writeSaveChunk = (request) => {
      messages += 1;
      return original(request);
    };
    try {
      const file = await folder?.createFile('data.jsonl');
      for (let i = 0; i < 10_000; i += 1) {
        await file?.write(encode(`{"n":${i}}\n`));
      }
      await file?.close();
    } finally {
      api.writeSaveChunk = original;
    }
    // ~120 KB of lines: one or two messages, not ten thousand.
    expect(messages).toBeGreaterThanOrEqual(1);
    expect(messages).toBeLessThanOrEqual(2);
  });

  it('an aborted file leaves nothing in the folder', async () => {
    const { bridge, exports, saves } = await wire();
    dialog.openAnswers.push({ canceled: false, filePaths: [exports] });
    const folder = await bridge.pickExportFolder();
    const file = await folder?.createFile('data.parquet');
    await file?.write(new Uint8Array(300 * 1024));
    await file?.abort();
    expect(await fs.readdir(exports)).toEqual([]);
    expect(saves.size).toBe(0);
  });

  it('refuses a name that would leave the folder, and a canceled dialog gives no folder', async () => {
    const { bridge, exports, root } = await wire();
    dialog.openAnswers.push({ canceled: false, filePaths: [exports] });
    const folder = await bridge.pickExportFolder();
    await expect(folder?.createFile('../escape.jsonl')).rejects.toThrow('path separator');
    await expect(folder?.createFile('..')).rejects.toThrow();
    expect(await fs.readdir(root)).not.toContain('escape.jsonl');
    dialog.openAnswers.push({ canceled: true, filePaths: [] });
    expect(await bridge.pickExportFolder()).toBeUndefined();
  });
});
