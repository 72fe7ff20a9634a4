/**
 * The bench serves the build as the e2e tier does (issue 12 point 23): through the e2e tier's
 * server, tests/e2e/support/static-server.ts, so every page the bench measures runs under the
 * app's Content-Security-Policy (a page that needs eval or an inline script fails here as it
 * would in the app, instead of being measured). The runner is plain Node, which cannot load .ts,
 * so Vite's module runner loads it, as scripts/serve-web.mjs does: one server, one CSP.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const E2E_SERVER = fileURLToPath(new URL('../e2e/support/static-server.ts', import.meta.url));

/** Serves `rootDir` on 127.0.0.1 (a free port) with the app's CSP; `{ origin, close() }`. */
export async function startStaticServer(rootDir) {
  const { module } = await runnerImport(E2E_SERVER, { configFile: false, logLevel: 'error' });
  return module.startStaticServer(rootDir);
}
