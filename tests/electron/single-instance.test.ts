import { beforeEach, describe, expect, it } from 'vitest';
import type { App, BrowserWindow as BrowserWindowType } from 'electron';
import { setupSingleInstance } from '../../electron/single-instance';
import { BrowserWindow, app, resetElectronMock } from '../mocks/electron';

const electronApp = app as unknown as App;

describe('setupSingleInstance', () => {
  beforeEach(resetElectronMock);

  it('quits when another instance holds the lock', () => {
    app.singleInstanceLockAvailable = false;
    expect(setupSingleInstance(electronApp, () => null)).toBe(false);
    expect(app.quitCalls).toBe(1);
  });

  it('restores and focuses the window on a second launch', () => {
    const window = new BrowserWindow();
    window.minimized = true;
    expect(setupSingleInstance(electronApp, () => window as unknown as BrowserWindowType)).toBe(
      true,
    );
    app.emit('second-instance', {}, ['loupe'], '/');
    expect(window.isMinimized()).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focusCalls).toBe(1);
    expect(app.quitCalls).toBe(0);
  });

  it('does nothing on a second launch before the window exists', () => {
    setupSingleInstance(electronApp, () => null);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});
