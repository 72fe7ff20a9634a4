/**
 * Issue 12, point 17: Ctrl+O (Cmd+O) did nothing in the browser build. The browser bridge has no
 * native menu, so it sends the menu's `open-files` for that key, as Electron's accelerator does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { createBrowserBridge } from '../../../renderer/platform/browser-bridge';

const press = (init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
};

let stop: () => void = () => undefined;
afterEach(() => stop());

describe('the browser bridge’s menu keys', () => {
  it('sends open-files for Ctrl+O and Cmd+O, instead of the browser’s own Open', () => {
    const received: MenuCommand[] = [];
    stop = createBrowserBridge(window).onMenuCommand((command) => received.push(command));
    const ctrl = press({ key: 'o', ctrlKey: true });
    press({ key: 'O', metaKey: true });
    expect(received).toEqual(['open-files', 'open-files']);
    expect(ctrl.defaultPrevented).toBe(true);
  });

  it('ignores other keys, a held key’s repeats, and stops when unsubscribed', () => {
    const received: MenuCommand[] = [];
    stop = createBrowserBridge(window).onMenuCommand((command) => received.push(command));
    press({ key: 'o' });
    press({ key: 'o', ctrlKey: true, shiftKey: true });
    press({ key: 'p', ctrlKey: true });
    press({ key: 'o', ctrlKey: true, repeat: true });
    expect(received).toEqual([]);
    stop();
    press({ key: 'o', ctrlKey: true });
    expect(received).toEqual([]);
  });
});
