import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invokeChannels, type InvokeChannel } from '../../shared/ipc/contract';
import type { LoupeApi } from '../../shared/ipc/loupe-api';
import {
  MockWebContents,
  attachRenderer,
  callLog,
  exposedInMainWorld,
  ipcMain,
  ipcRenderer,
} from '../mocks/electron';

let api: LoupeApi;
let exposedKeys: string[];

beforeAll(async () => {
  await import('../../electron/preload');
  api = exposedInMainWorld.loupe as LoupeApi;
  exposedKeys = Object.keys(exposedInMainWorld);
});

const calls: { channel: string; args: unknown[]; sender: unknown }[] = [];
const renderer = new MockWebContents();

beforeEach(() => {
  calls.length = 0;
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  attachRenderer(renderer);
  for (const channel of Object.keys(invokeChannels)) {
    ipcMain.handle(channel, (event, ...args) => {
      calls.push({ channel, args, sender: event.sender });
      return `reply from ${channel}`;
    });
  }
});

const cases: [keyof LoupeApi, InvokeChannel, unknown][] = [
  ['getAppInfo', 'app:info', undefined],
  ['setLanguage', 'app:set-language', { language: 'zh-TW' }],
  ['openFiles', 'files:open', { multiple: true }],
  ['readFileChunk', 'files:read-chunk', { fileId: 'abcdefgh12' }],
  ['reopenFile', 'files:reopen', { fileId: 'abcdefgh12' }],
  ['closeFile', 'files:close', { fileId: 'abcdefgh12' }],
  ['beginSaveFile', 'files:save-begin', { suggestedName: 'x.csv' }],
  ['pickFolder', 'files:pick-folder', { title: 'Export to' }],
  ['beginSaveInFolder', 'files:save-in-folder-begin', { folderId: 'abcdefgh12', name: 'x.csv' }],
  ['writeSaveChunk', 'files:save-chunk', { saveId: 'abcdefgh12', bytes: new Uint8Array([1]) }],
  ['endSaveFile', 'files:save-end', { saveId: 'abcdefgh12' }],
  ['abortSaveFile', 'files:save-abort', { saveId: 'abcdefgh12' }],
  ['saveReportPdf', 'report:save-pdf', { suggestedName: 'report.pdf' }],
  ['openExternal', 'shell:open-external', { url: 'https://example.com' }],
  ['connectHub', 'hub:connect', { url: 'https://hub.example', token: 'lp_x' }],
  ['disconnectHub', 'hub:disconnect', undefined],
  ['getHubConnection', 'hub:connection', undefined],
  ['callHub', 'hub:call', { op: 'hello' }],
  ['followHubPokes', 'hub:follow-pokes', { follow: true }],
];

const listeners = ['onMenuCommand', 'onHubPoke', 'onHubPokeState'];

describe('preload', () => {
  it('exposes exactly one object, window.loupe, of named functions', () => {
    expect(exposedKeys).toEqual(['loupe']);
    expect(callLog).toContain('contextBridge.exposeInMainWorld:loupe');
    for (const [name, value] of Object.entries(api)) {
      expect(typeof value, name).toBe('function');
    }
    expect(Object.keys(api).sort()).toEqual([...cases.map(([name]) => name), ...listeners].sort());
  });

  it('covers every invoke channel of the contract', () => {
    expect(cases.map(([, channel]) => channel).sort()).toEqual(Object.keys(invokeChannels).sort());
  });

  it.each(cases)('%s invokes %s with the request, once', async (name, channel, request) => {
    const fn = api[name] as (request?: unknown) => Promise<unknown>;
    await expect(fn(request)).resolves.toBe(`reply from ${channel}`);
    expect(calls).toEqual([{ channel, args: [request], sender: renderer }]);
  });

  it('passes menu commands on without the Electron event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => seen.push(args));
    renderer.send('menu:command', 'toggle-theme');
    expect(seen).toEqual([['toggle-theme']]);
    unsubscribe();
    renderer.send('menu:command', 'open-files');
    expect(seen).toHaveLength(1);
    expect(ipcRenderer.listenerCount('menu:command')).toBe(0);
  });

  it('ignores a non-string menu payload and refuses a non-function listener', () => {
    const seen: unknown[] = [];
    api.onMenuCommand((command) => seen.push(command));
    renderer.send('menu:command', { evil: true });
    expect(seen).toEqual([]);
    expect(() => api.onMenuCommand('x' as unknown as () => void)).toThrow(TypeError);
  });

  it('passes hub pokes and stream states on without the Electron event, and unsubscribes', () => {
    const pokes: unknown[][] = [];
    const states: unknown[][] = [];
    const offPoke = api.onHubPoke((...args: unknown[]) => pokes.push(args));
    const offState = api.onHubPokeState((...args: unknown[]) => states.push(args));
    const poke = { high: 3, hubId: 'hub-1', epoch: 1 };
    renderer.send('hub:poke', poke);
    renderer.send('hub:poke-state', { state: 'open' });
    renderer.send('hub:poke', 'not a poke');
    renderer.send('hub:poke-state', null);
    expect(pokes).toEqual([[poke]]);
    expect(states).toEqual([[{ state: 'open' }]]);

    offPoke();
    offState();
    renderer.send('hub:poke', poke);
    expect(pokes).toHaveLength(1);
    expect(ipcRenderer.listenerCount('hub:poke')).toBe(0);
    expect(ipcRenderer.listenerCount('hub:poke-state')).toBe(0);
    expect(() => api.onHubPoke(null as unknown as () => void)).toThrow(TypeError);
  });

  it('offers no way to read a secret back', () => {
    expect(Object.keys(api).filter((name) => /secret|token/i.test(name))).toEqual([]);
  });
});
