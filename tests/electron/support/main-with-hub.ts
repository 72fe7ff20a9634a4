/**
 * Main's IPC handlers wired as in the app (typed wrapper: sender and schema checks; the real
 * handler modules on a temporary userData folder; Node's fetch) for the hub tests. It records
 * everything that crosses back to a renderer — every invoke answer and error, every event sent
 * to a window — so a test can assert that the token is in none of it, and every request main
 * made, so it can assert where the token went.
 */
import path from 'node:path';
import type { BrowserWindow as BrowserWindowType, Dialog } from 'electron';
import { registerIpcHandlers } from '../../../electron/register-ipc-handlers';
import { createTypedIpcMain } from '../../../electron/ipc/typed-ipc-main';
import type { FetchLike } from '../../../shared/sync/hub-client';
import { BrowserWindow, dialog, ipcMain, safeStorage, shell } from '../../mocks/electron';
import { makeTempDir } from './temp-dir';

export interface MainWithHub {
  /** userData */
  dir: string;
  registries: ReturnType<typeof registerIpcHandlers>;
  /** Invokes `channel` as `window`'s top frame would; answers and errors are recorded. */
  call(window: BrowserWindow, channel: string, request?: unknown): Promise<unknown>;
  /** A window on app://loupe, one of ours. */
  openWindow(): Promise<BrowserWindow>;
  /** Every answer and error message that went back over invoke, as JSON text. */
  readonly answers: string[];
  /** Every event sent to any window opened here, as JSON text. */
  events(): string[];
  /** Every request main made: its URL and Authorization header. */
  readonly requests: { url: string; authorization: string | null }[];
  /** Refused calls the wrapper logged. */
  readonly warnings: string[];
}

/** Wires main's handlers; call `resetElectronMock()` before. */
export async function wireMainWithHub(): Promise<MainWithHub> {
  const dir = await makeTempDir();
  const answers: string[] = [];
  const requests: MainWithHub['requests'] = [];
  const warnings: string[] = [];
  const windows: BrowserWindow[] = [];
  const recordingFetch: FetchLike = (input, init) => {
    const headers = new Headers(init.headers);
    requests.push({ url: input, authorization: headers.get('authorization') });
    return fetch(input, init);
  };
  const registries = registerIpcHandlers({
    ipc: createTypedIpcMain(
      (contents) =>
        BrowserWindow.getAllWindows().some((w) => w.webContents === (contents as unknown)),
      (message) => warnings.push(message),
    ),
    appInfo: () => ({ name: 'Loupe', version: '0.1.0', locale: 'en-US' }),
    platform: 'linux',
    versions: { electron: '45.5.0' },
    dialog: dialog as unknown as Dialog,
    shell,
    safeStorage,
    windowOf: (contents) =>
      BrowserWindow.fromWebContents(contents) as unknown as BrowserWindowType | null,
    secretsFilePath: path.join(dir, 'secrets.json'),
    hubConnectionFilePath: path.join(dir, 'hub-connection.json'),
    fetch: recordingFetch,
    defaultSaveFolder: dir,
    setLanguage: () => undefined,
  });
  return {
    dir,
    registries,
    answers,
    requests,
    warnings,
    async call(window, channel, request) {
      try {
        const answer = await ipcMain.invokeFrom(
          { sender: window.webContents, senderFrame: window.webContents.mainFrame },
          channel,
          request,
        );
        answers.push(JSON.stringify(answer) ?? 'undefined');
        return answer;
      } catch (error) {
        answers.push((error as Error).message);
        throw error;
      }
    },
    async openWindow() {
      const window = new BrowserWindow();
      await window.loadURL('app://loupe/index.html');
      windows.push(window);
      return window;
    },
    events: () =>
      windows.flatMap((window) => window.webContents.sent.map((sent) => JSON.stringify(sent))),
  };
}
