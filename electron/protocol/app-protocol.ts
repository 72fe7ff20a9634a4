/**
 * Registers the `app://` scheme (DESIGN.md, Security: "served from `app://` (never `file://`)").
 * `registerAppScheme` must run before `app` is ready; `setupAppProtocol` after.
 */
import fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME } from '../security/app-origin';
import { createAppProtocolHandler } from './app-protocol-handler';

/**
 * Makes `app:` a standard, secure scheme with `fetch` support, so the renderer gets a real
 * origin (IndexedDB, `'self'` in the CSP) without `file://`'s ambient file access. Deliberately
 * not `bypassCSP`: our own pages must obey the policy like any other.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

/** Serves the renderer build in `rootDir` on `app://loupe/`. */
export function setupAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  const handler = createAppProtocolHandler(rootDir, {
    readFile: (filePath) => fs.readFile(filePath),
    realpath: (filePath) => fs.realpath(filePath),
  });
  protocol.handle(APP_SCHEME, handler);
}
