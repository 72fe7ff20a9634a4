import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow as BrowserWindowType, Dialog } from 'electron';
import type { Language } from '../../shared/ipc/contract';
import { registerIpcHandlers } from '../../electron/register-ipc-handlers';
import { createTypedIpcMain } from '../../electron/ipc/typed-ipc-main';
import {
  BrowserWindow,
  MockWebContents,
  dialog,
  ipcMain,
  resetElectronMock,
  safeStorage,
  shell,
} from '../mocks/electron';
import { makeTempDir, patternBytes } from './support/temp-dir';

interface Wired {
  dir: string;
  languages: Language[];
  registries: ReturnType<typeof registerIpcHandlers>;
  call: (window: BrowserWindow, channel: string, request?: unknown) => Promise<unknown>;
}

async function wire(): Promise<Wired> {
  const dir = await makeTempDir();
  const languages: Language[] = [];
  const registries = registerIpcHandlers({
    ipc: createTypedIpcMain(
      (contents) =>
        BrowserWindow.getAllWindows().some((w) => w.webContents === (contents as unknown)),
      () => undefined,
    ),
    appInfo: () => ({ name: 'Loupe', version: '0.1.0', locale: 'zh-TW' }),
    platform: 'linux',
    versions: { electron: '45.5.0', chrome: '142', node: '22' },
    dialog: dialog as unknown as Dialog,
    shell: shell,
    safeStorage,
    windowOf: (contents) =>
      BrowserWindow.fromWebContents(contents) as unknown as BrowserWindowType | null,
    secretsFilePath: path.join(dir, 'secrets.json'),
    hubConnectionFilePath: path.join(dir, 'hub-connection.json'),
    // No test here reaches a hub (tests/electron/team-hub/ does, a real one).
    fetch: () => Promise.reject(new Error('no network in this test')),
    defaultSaveFolder: dir,
    setLanguage: (language) => languages.push(language),
  });
  const call = (window: BrowserWindow, channel: string, request?: unknown) =>
    ipcMain.invokeFrom(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      channel,
      request,
    );
  return { dir, languages, registries, call };
}

async function openWindow(): Promise<BrowserWindow> {
  const window = new BrowserWindow();
  await window.loadURL('app://loupe/index.html');
  return window;
}

describe('registerIpcHandlers', () => {
  beforeEach(resetElectronMock);

  it('registers every contract channel', async () => {
    await wire();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [
        'app:info',
        'app:set-language',
        'files:close',
        'files:open',
        'files:pick-folder',
        'files:read-chunk',
        'files:reopen',
        'files:save-abort',
        'files:save-begin',
        'files:save-chunk',
        'files:save-end',
        'files:save-in-folder-begin',
        'hub:call',
        'hub:connect',
        'hub:connection',
        'hub:disconnect',
        'hub:follow-pokes',
        'report:save-pdf',
        'shell:open-external',
      ].sort(),
    );
  });

  it('answers app:info and forwards app:set-language to the menu', async () => {
    const { call, languages } = await wire();
    const window = await openWindow();
    expect(await call(window, 'app:info')).toMatchObject({ runtime: 'electron', locale: 'zh-TW' });
    await call(window, 'app:set-language', { language: 'zh-TW' });
    expect(languages).toEqual(['zh-TW']);
  });

  it('opens a picked file modal to the caller and streams it back over IPC', async () => {
    const { call, dir } = await wire();
    const window = await openWindow();
    const original = patternBytes(2 * 1024 * 1024 + 9);
    await fs.writeFile(path.join(dir, 'big.jsonl'), original);
    dialog.openAnswers.push({ canceled: false, filePaths: [path.join(dir, 'big.jsonl')] });

    const { files } = (await call(window, 'files:open', {})) as {
      files: { fileId: string; name: string; size: number }[];
    };
    expect(dialog.calls[0]?.window).toBe(window);
    expect(files).toHaveLength(1);
    const parts: Uint8Array[] = [];
    for (;;) {
      const chunk = (await call(window, 'files:read-chunk', { fileId: files[0]?.fileId })) as {
        bytes: Uint8Array;
        done: boolean;
      };
      expect(chunk.bytes).toBeInstanceOf(Uint8Array);
      parts.push(chunk.bytes);
      if (chunk.done) {
        break;
      }
    }
    expect(Buffer.concat(parts).equals(Buffer.from(original))).toBe(true);
  });

  it('reopens a file the window picked, after it was read to the end, for another full read', async () => {
    const { call, dir, registries } = await wire();
    const window = await openWindow();
    const original = patternBytes(1024 * 1024 + 321);
    await fs.writeFile(path.join(dir, 'import.csv'), original);
    dialog.openAnswers.push({ canceled: false, filePaths: [path.join(dir, 'import.csv')] });
    const { files } = (await call(window, 'files:open', {})) as { files: { fileId: string }[] };
    const pickId = files[0]?.fileId;
    const readToEnd = async (fileId: string | undefined) => {
      const parts: Uint8Array[] = [];
      for (;;) {
        const chunk = (await call(window, 'files:read-chunk', { fileId })) as {
          bytes: Uint8Array;
          done: boolean;
        };
        parts.push(chunk.bytes);
        if (chunk.done) {
          return Buffer.concat(parts);
        }
      }
    };
    await readToEnd(pickId);

    const reopened = (await call(window, 'files:reopen', { fileId: pickId })) as {
      fileId: string;
      name: string;
      size: number;
    };
    expect(reopened).toMatchObject({ name: 'import.csv', size: original.byteLength });
    expect(reopened.fileId).not.toBe(pickId);
    expect((await readToEnd(reopened.fileId)).equals(Buffer.from(original))).toBe(true);
    expect(registries.reads.size).toBe(0);
    // Only the dialog names files: a path in place of an id is refused by the contract.
    await expect(
      call(window, 'files:reopen', { fileId: path.join(dir, 'import.csv') }),
    ).rejects.toThrow(/Invalid request on files:reopen: fileId/);
  });

  it("reopens no other window's pick, and forgets a window's picks when it closes", async () => {
    const { call, dir, registries } = await wire();
    const owner = await openWindow();
    const other = await openWindow();
    await fs.writeFile(path.join(dir, 'a.csv'), 'a,b\n1,2\n');
    dialog.openAnswers.push({ canceled: false, filePaths: [path.join(dir, 'a.csv')] });
    const { files } = (await call(owner, 'files:open', {})) as { files: { fileId: string }[] };
    await call(owner, 'files:close', { fileId: files[0]?.fileId });

    const foreign = await call(other, 'files:reopen', { fileId: files[0]?.fileId }).catch(
      (error: Error) => error.message,
    );
    const unknown = await call(other, 'files:reopen', { fileId: 'abcdefgh12' }).catch(
      (error: Error) => error.message,
    );
    expect(foreign).toMatch(/unknown picked file$/);
    expect(foreign).toBe(unknown);
    expect(registries.reads.size).toBe(0);

    await call(owner, 'files:reopen', { fileId: files[0]?.fileId });
    expect(registries.reads.rememberedPicks(owner.webContents.id)).toBe(1);
    owner.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(registries.reads.rememberedPicks(owner.webContents.id)).toBe(0);
    expect(registries.reads.size).toBe(0);
  });

  it("keeps one window's handles from another, and cleans up when a window closes", async () => {
    const { call, dir, registries } = await wire();
    const owner = await openWindow();
    const other = await openWindow();
    await fs.writeFile(path.join(dir, 'a.csv'), 'a,b\n1,2\n');
    dialog.openAnswers.push({ canceled: false, filePaths: [path.join(dir, 'a.csv')] });
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(dir, 'out.csv') });
    const { files } = (await call(owner, 'files:open', {})) as { files: { fileId: string }[] };
    const save = (await call(owner, 'files:save-begin', { suggestedName: 'out.csv' })) as {
      saveId: string;
    };
    await call(owner, 'files:save-chunk', { saveId: save.saveId, bytes: new Uint8Array([1, 2]) });

    await expect(call(other, 'files:read-chunk', { fileId: files[0]?.fileId })).rejects.toThrow(
      /unknown or closed file handle/,
    );
    await expect(call(other, 'files:save-end', { saveId: save.saveId })).rejects.toThrow(
      /unknown or finished save/,
    );

    owner.close();
    // The cleanup runs behind the 'destroyed' event (closing files, deleting the partial save):
    // wait for it rather than for a fixed time, which a loaded machine overran.
    await expect.poll(() => registries.reads.size).toBe(0);
    await expect.poll(() => registries.saves.size).toBe(0);
    await expect.poll(() => fs.readdir(dir)).toEqual(['a.csv']);
  });

  it('saves through begin, chunks and end; reports the name and bytes', async () => {
    const { call, dir } = await wire();
    const window = await openWindow();
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(dir, '回饋.jsonl') });
    const begin = (await call(window, 'files:save-begin', {
      suggestedName: 'feedback.jsonl',
    })) as { canceled: false; saveId: string; name: string };
    expect(begin).toMatchObject({ canceled: false, name: '回饋.jsonl' });
    await call(window, 'files:save-chunk', {
      saveId: begin.saveId,
      bytes: new TextEncoder().encode('{"a":1}\n'),
    });
    expect(await call(window, 'files:save-end', { saveId: begin.saveId })).toEqual({
      bytesWritten: 8,
    });
    expect(await fs.readFile(path.join(dir, '回饋.jsonl'), 'utf8')).toBe('{"a":1}\n');
  });

  it('refuses an oversized chunk before it reaches the disk', async () => {
    const { call, dir } = await wire();
    const window = await openWindow();
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(dir, 'x.bin') });
    const { saveId } = (await call(window, 'files:save-begin', { suggestedName: 'x.bin' })) as {
      saveId: string;
    };
    await expect(
      call(window, 'files:save-chunk', { saveId, bytes: new Uint8Array(1024 * 1024 + 1) }),
    ).rejects.toThrow(/Invalid request on files:save-chunk: bytes/);
  });

  it('opens only checked links in the system browser', async () => {
    const { call } = await wire();
    const window = await openWindow();
    expect(await call(window, 'shell:open-external', { url: 'javascript:alert(1)' })).toEqual({
      opened: false,
      reason: 'scheme-not-allowed',
    });
    expect(await call(window, 'shell:open-external', { url: 'https://example.com/a' })).toEqual({
      opened: true,
    });
    expect(shell.opened).toEqual(['https://example.com/a']);
  });

  it('answers hub calls with "not connected" until a hub is, and has no secrets channel', async () => {
    const { call } = await wire();
    const window = await openWindow();
    expect(await call(window, 'hub:connection')).toEqual({ url: null, storage: 'encrypted' });
    expect(await call(window, 'hub:call', { op: 'hello' })).toMatchObject({
      ok: false,
      failure: { kind: 'not-connected' },
    });
    await expect(call(window, 'secrets:get', { name: 'hub-token' })).rejects.toThrow(
      /No handler registered for 'secrets:get'/,
    );
  });

  it('refuses every channel to a window that navigated off our origin', async () => {
    const { call } = await wire();
    const window = await openWindow();
    await window.webContents.loadURL('https://evil.example/');
    await expect(call(window, 'hub:connection')).rejects.toThrow(
      /Refused hub:connection: wrong-origin/,
    );
  });

  it('refuses a webContents that is not one of our windows', async () => {
    await wire();
    const stray = new MockWebContents();
    await expect(
      ipcMain.invokeFrom({ sender: stray, senderFrame: stray.mainFrame }, 'app:info'),
    ).rejects.toThrow(/untrusted-sender/);
  });
});
