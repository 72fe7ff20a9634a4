/**
 * One running Loupe per user (DESIGN.md, Local store: "single-instance lock in main"). Two
 * instances would open one IndexedDB from two processes and race on `deviceSeq`; a second launch
 * instead brings the existing window forward.
 */
import type { App, BrowserWindow } from 'electron';

/**
 * Takes the lock. Returns false (and quits) when another instance holds it; otherwise focuses
 * `getWindow()` on every later launch attempt.
 */
export function setupSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  getWindow: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (window === null || window.isDestroyed()) {
      return;
    }
    if (window.isMinimized()) {
      window.restore();
    }
    window.show();
    window.focus();
  });
  return true;
}
