// `npm start`: makes sure Electron's binary is here (Electron downloads it from the internet on
// first use, about 100 MB), builds the app and opens it. Without internet the download fails
// with a bare "fetch failed"; this says what happened and what to do instead (`npm run web`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The Electron executable, or null when its binary was never downloaded. */
function installedElectron() {
  const home = dirname(require.resolve('electron/package.json'));
  const pathFile = join(home, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  }
  if (!existsSync(pathFile)) {
    return null;
  }
  const executable = join(home, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(executable) ? executable : null;
}

function download() {
  console.log("Downloading Electron's binary (about 100 MB, once)…");
  const home = dirname(require.resolve('electron/package.json'));
  const result = spawnSync(process.execPath, [join(home, 'install.js')], { stdio: 'inherit' });
  return result.status === 0 ? installedElectron() : null;
}

const electron = installedElectron() ?? download();
if (electron === null) {
  console.error(`
Loupe's desktop app could not start: Electron's binary is not installed, and downloading it
failed (no internet access, or a proxy or firewall in the way).

- Try Loupe in your browser instead, with nothing to download:   npm run web
  (the same app, in a browser tab; your data stays in that browser's storage)
- Or, once you are online, run \`npm start\` again; the download happens once.
`);
  process.exit(1);
}

const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  process.exit(build.status ?? 1);
}
const app = spawnSync(electron, ['.'], { stdio: 'inherit' });
process.exit(app.status ?? 1);
