// `npm run serve:web [port] [--hub-origin URL] [--open]`: serves dist/renderer on 127.0.0.1 with
// the app's CSP, for trying the browser build by hand (`npm run web` builds it first and passes
// --open, which opens the page in the system's browser). `--hub-origin` (or LOUPE_HUB_ORIGIN) adds that one
// hub to connect-src, so the page may call it (hub-origin.ts). The server is TypeScript shared
// with the e2e tier, and Node 20 cannot run .ts, so Vite's module runner loads it (no second copy
// of the CSP in JavaScript).
import { spawn } from 'node:child_process';
import { runnerImport } from 'vite';

const load = (path) => runnerImport(path, { configFile: false, logLevel: 'error' });
const { module: hubOrigins } = await load('./tests/e2e/support/hub-origin.ts');
const { module: staticServer } = await load('./tests/e2e/support/static-server.ts');

const open = process.argv.includes('--open');
const args = process.argv.slice(2).filter((arg) => arg !== '--open');
const hubOrigin = hubOrigins.hubOriginOption(args, process.env);
const port = Number(hubOrigins.withoutHubOriginFlag(args)[0] ?? 4173);
const server = await staticServer.startStaticServer('dist/renderer', port, { hubOrigin });
console.log(`Serving dist/renderer at ${server.origin}/ (Ctrl+C to stop)`);
if (hubOrigin !== null) {
  console.log(`The page may connect to the hub at ${hubOrigin}.`);
}
if (open) {
  openInBrowser(`${server.origin}/`);
}

/** Opens `url` with the system's opener; when there is none, the printed address is enough. */
function openInBrowser(url) {
  const [command, ...rest] =
    process.platform === 'darwin'
      ? ['open']
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""']
        : ['xdg-open'];
  try {
    const child = spawn(command, [...rest, url], { stdio: 'ignore', detached: true });
    child.once('error', () => console.log(`Open ${url} in your browser.`));
    child.unref();
  } catch {
    console.log(`Open ${url} in your browser.`);
  }
}

const stop = () => server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
