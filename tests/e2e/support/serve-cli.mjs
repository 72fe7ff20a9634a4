// `npm run serve:web [port]`: serves dist/renderer on 127.0.0.1 with the app's CSP, for trying
// the browser build by hand. The server is TypeScript shared with the e2e tier, and Node 20
// cannot run .ts, so Vite's module runner loads it (no second copy of the CSP in JavaScript).
import { runnerImport } from 'vite';

const port = Number(process.argv[2] ?? 4173);
const { module } = await runnerImport('./tests/e2e/support/static-server.ts', {
  configFile: false,
  logLevel: 'error',
});
const server = await module.startStaticServer('dist/renderer', port);
console.log(`Serving dist/renderer at ${server.origin}/ (Ctrl+C to stop)`);
const stop = () => server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
