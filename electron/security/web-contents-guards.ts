/**
 * Guards installed on every webContents as it is created (DESIGN.md, Security: "navigation and
 * new windows are denied ... no webviews"). Installed through `web-contents-created` before any
 * window exists, so no webContents can ever run unguarded.
 */
import type { App, WebContents } from 'electron';
import { isAllowedNavigation } from './navigation-guard';

/** Installs {@link guardWebContents} on every webContents the app creates. */
export function setupWebContentsGuards(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/**
 * Denies navigation and redirects away from our origin, every `window.open` and every
 * `<webview>`.
 *
 * `window.open` is denied even for links that pass `checkExternalUrl`: the renderer opens links
 * through the bridge (`shell:open-external`), which applies the same check, so there is one
 * audited path to the system browser and a script in a compromised page cannot open tabs
 * without going through it.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
