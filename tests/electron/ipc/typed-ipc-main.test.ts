import { beforeEach, describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { IpcError } from '../../../electron/ipc/ipc-error';
import { createTypedIpcMain, sendEvent } from '../../../electron/ipc/typed-ipc-main';
import { MockWebContents, ipcMain, resetElectronMock, type MockFrame } from '../../mocks/electron';

const ourWindow = new MockWebContents();
const stranger = new MockWebContents();
const appFrame: MockFrame = { url: 'app://loupe/index.html', parent: null };
const warnings: string[] = [];

function setup() {
  const ipc = createTypedIpcMain(
    (sender) => sender === (ourWindow as unknown as WebContents),
    (message) => warnings.push(message),
  );
  const calls: unknown[] = [];
  ipc.handle('app:set-language', (request) => {
    calls.push(request);
  });
  ipc.handle('shell:open-external', ({ url }) =>
    url === 'https://bad-response.example/'
      ? ({ opened: 'maybe' } as unknown as { opened: true })
      : { opened: true },
  );
  ipc.handle('files:close', () => {
    const error = new Error("ENOENT: no such file or directory, open '/home/ana/secret/x.jsonl'");
    Object.assign(error, { code: 'ENOENT' });
    throw error;
  });
  ipc.handle('files:save-abort', () => {
    throw new IpcError('unknown or finished save');
  });
  return calls;
}

const fromUs = { sender: ourWindow, senderFrame: appFrame };

describe('createTypedIpcMain', () => {
  beforeEach(() => {
    resetElectronMock();
    warnings.length = 0;
  });

  it('passes a valid request from our window to the handler', async () => {
    const calls = setup();
    await expect(
      ipcMain.invokeFrom(fromUs, 'app:set-language', { language: 'zh-TW' }),
    ).resolves.toBeUndefined();
    expect(calls).toEqual([{ language: 'zh-TW' }]);
  });

  it.each([
    ['a webContents that is not one of our windows', { sender: stranger, senderFrame: appFrame }],
    ['a missing frame', { sender: ourWindow, senderFrame: null }],
    [
      'a frame on another origin',
      { sender: ourWindow, senderFrame: { url: 'https://evil.example/', parent: null } },
    ],
    [
      'a frame on file://',
      { sender: ourWindow, senderFrame: { url: 'file:///tmp/x.html', parent: null } },
    ],
    [
      'a frame with credentials in its URL',
      { sender: ourWindow, senderFrame: { url: 'app://u:p@loupe/index.html', parent: null } },
    ],
    [
      'an iframe inside our page',
      { sender: ourWindow, senderFrame: { url: 'app://loupe/frame.html', parent: appFrame } },
    ],
  ])('refuses %s before the handler runs', async (_label, event) => {
    const calls = setup();
    await expect(ipcMain.invokeFrom(event, 'app:set-language', { language: 'en' })).rejects.toThrow(
      /Refused app:set-language/,
    );
    expect(calls).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it.each([
    [undefined, /language/],
    [{ language: 'fr' }, /Invalid request on app:set-language: language/],
    [{ language: 'en', extra: '<script>' }, null],
    ['en', /Invalid request on app:set-language/],
  ])('validates the payload %j', async (payload, error) => {
    const calls = setup();
    const call = ipcMain.invokeFrom(fromUs, 'app:set-language', payload);
    if (error === null) {
      // zod objects strip unknown keys: the handler never sees them.
      await expect(call).resolves.toBeUndefined();
      expect(calls).toEqual([{ language: 'en' }]);
    } else {
      await expect(call).rejects.toThrow(error);
      expect(calls).toEqual([]);
    }
  });

  it('refuses extra arguments', async () => {
    setup();
    await expect(
      ipcMain.invokeFrom(fromUs, 'app:set-language', { language: 'en' }, 'more'),
    ).rejects.toThrow(/expected one argument/);
  });

  it('parses the response too', async () => {
    setup();
    await expect(
      ipcMain.invokeFrom(fromUs, 'shell:open-external', { url: 'https://bad-response.example/' }),
    ).rejects.toThrow('shell:open-external failed: invalid response');
  });

  it('never lets a path or stack reach the renderer', async () => {
    setup();
    const error = await ipcMain.invokeFrom(fromUs, 'files:close', { fileId: 'abcdefgh12' }).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(/files:close failed: file not found$/);
    expect(error?.message).not.toContain('/home/ana');
  });

  it('passes our own IpcError messages through unchanged', async () => {
    setup();
    await expect(
      ipcMain.invokeFrom(fromUs, 'files:save-abort', { saveId: 'abcdefgh12' }),
    ).rejects.toThrow(/: unknown or finished save$/);
  });
});

describe('sendEvent', () => {
  beforeEach(resetElectronMock);

  it('sends a valid menu command', () => {
    const contents = new MockWebContents();
    sendEvent(contents as unknown as WebContents, 'menu:command', 'toggle-theme');
    expect(contents.sent).toEqual([{ channel: 'menu:command', args: ['toggle-theme'] }]);
  });

  it('refuses a payload outside the contract', () => {
    const contents = new MockWebContents();
    expect(() =>
      sendEvent(contents as unknown as WebContents, 'menu:command', 'rm -rf' as 'toggle-theme'),
    ).toThrow();
    expect(contents.sent).toEqual([]);
  });

  it('skips a destroyed window', () => {
    const contents = new MockWebContents();
    contents.destroy();
    sendEvent(contents as unknown as WebContents, 'menu:command', 'open-files');
    expect(contents.sent).toEqual([]);
  });
});
