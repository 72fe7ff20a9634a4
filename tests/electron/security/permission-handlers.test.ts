import { beforeEach, describe, expect, it } from 'vitest';
import { setupPermissionHandlers } from '../../../electron/security/permission-handlers';
import { isPermissionAllowed } from '../../../electron/security/permission-policy';
import { MockWebContents, resetElectronMock, session } from '../../mocks/electron';

const dangerous = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'display-capture',
  'hid',
  'usb',
  'serial',
  'openExternal',
  'fileSystem',
  'midiSysex',
  'pointerLock',
  'unknown',
];

describe('isPermissionAllowed', () => {
  it.each(dangerous)('denies %s, even to our own origin', (permission) => {
    expect(isPermissionAllowed(permission, 'app://loupe')).toBe(false);
    expect(isPermissionAllowed(permission, 'app://loupe/index.html')).toBe(false);
  });

  it('grants persistent-storage to app://loupe only (DESIGN: navigator.storage.persist())', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://loupe')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://loupe/index.html')).toBe(true);
    for (const origin of ['https://evil.example', 'app://other', 'file:///', '', 'null']) {
      expect(isPermissionAllowed('persistent-storage', origin), origin).toBe(false);
    }
  });
});

describe('setupPermissionHandlers', () => {
  beforeEach(resetElectronMock);

  it('answers requests, checks and device pickers with a denial', async () => {
    setupPermissionHandlers(session.defaultSession);
    const handlers = session.defaultSession as unknown as {
      permissionRequestHandler: (c: unknown, p: string, cb: (ok: boolean) => void) => void;
      permissionCheckHandler: (c: unknown, p: string, origin: string) => boolean;
      devicePermissionHandler: (details: unknown) => boolean;
    };
    const contents = new MockWebContents();
    await contents.loadURL('app://loupe/index.html');

    const answers: boolean[] = [];
    handlers.permissionRequestHandler(contents, 'media', (ok) => answers.push(ok));
    handlers.permissionRequestHandler(contents, 'geolocation', (ok) => answers.push(ok));
    handlers.permissionRequestHandler(contents, 'persistent-storage', (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, true]);

    expect(handlers.permissionCheckHandler(contents, 'clipboard-read', 'app://loupe')).toBe(false);
    expect(handlers.permissionCheckHandler(null, 'persistent-storage', 'https://x.example')).toBe(
      false,
    );
    expect(handlers.devicePermissionHandler({ deviceType: 'usb', origin: 'app://loupe' })).toBe(
      false,
    );
  });

  it('denies persistent-storage to a page that navigated away from our origin', async () => {
    setupPermissionHandlers(session.defaultSession);
    const request = (
      session.defaultSession as unknown as {
        permissionRequestHandler: (c: unknown, p: string, cb: (ok: boolean) => void) => void;
      }
    ).permissionRequestHandler;
    const contents = new MockWebContents();
    await contents.loadURL('https://evil.example/');
    let answer: boolean | undefined;
    request(contents, 'persistent-storage', (ok) => (answer = ok));
    expect(answer).toBe(false);
  });
});
