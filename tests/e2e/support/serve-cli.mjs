// `npm run serve:web [port] [--hub-origin URL]`: serves dist/renderer on 127.0.0.1 with the app's
// CSP, for trying the browser build by hand. `--hub-origin` (or LOUPE_HUB_ORIGIN) adds that one
// hub to connect-src, so the page may call it (hub-origin.ts). The server is TypeScript shared
// with the e2e tier, and Node 20 cannot run .ts, so Vite's module runner loads it (no second copy
// of the CSP in JavaScript).
import { runnerImport } from 'vite';

const load = (path) => runnerImport(path, { configFile: false, logLevel: 'error' });
const { module: hubOrigins } = await load('./tests/e2e/support/hub-origin.ts');
const { module: staticServer } = await load('./tests/e2e/support/static-server.ts');

const args = process.argv.slice(2);
const hubOrigin = hubOrigins.hubOriginOption(args, process.env);
const port = Number(hubOrigins.withoutHubOriginFlag(args)[0] ?? 4173);
const server = await staticServer.startStaticServer('dist/renderer', port, { hubOrigin });
console.log(`Serving dist/renderer at ${server.origin}/ (Ctrl+C to stop)`);
if (hubOrigin !== null) {
  console.log(`The page may connect to the hub at ${hubOrigin}.`);
}
const stop = () => server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
