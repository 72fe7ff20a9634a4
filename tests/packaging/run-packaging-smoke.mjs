// `npm run test:packaging`: builds the app, packages it for Linux (`--dir`) with electron-builder
// and electron-builder.yml against a stand-in Electron (offline), then checks the result: what is
// in app.asar, the executable's name, and that every fuse was flipped as DESIGN.md requires.
// Each check prints `ok`/`not ok`; the counts also go to .tmp/packaging-result.json for
// tests/run-all.mjs. What this cannot prove here: that the real Electron binary starts, and the
// installers (AppImage, deb, nsis, dmg), which need downloads or the target OS.
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElectronStandIn } from './electron-stand-in.mjs';
import {
  listAsar,
  parseBuilderConfig,
  readAsarFile,
  readFuses,
  resolveIcon,
} from './packaged-app.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fromRoot = (...parts) => join(root, ...parts);
const standInDir = fromRoot('.tmp', 'electron-stand-in');
const unpackedDir = fromRoot('release', 'linux-unpacked');
const resultFile = fromRoot('.tmp', 'packaging-result.json');

// The security baseline (DESIGN.md, Security), in @electron/fuses' option names. The config must
// say exactly this and the packaged binary must carry it.
const EXPECTED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};
const configKey = (fuseName) => fuseName.charAt(0).toLowerCase() + fuseName.slice(1);

const results = [];
function check(name, passed, detail = '') {
  results.push({ name, passed });
  console.log(
    `${passed ? 'ok' : 'not ok'} - ${name}${passed || detail === '' ? '' : `: ${detail}`}`,
  );
  return passed;
}

function finish() {
  const passed = results.filter((result) => result.passed).length;
  const failed = results.length - passed;
  mkdirSync(fromRoot('.tmp'), { recursive: true });
  writeFileSync(resultFile, JSON.stringify({ passed, failed, results }, null, 2));
  console.log(`packaging: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args, env = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return child.status === 0;
}

// 1. Build. main.ts and preload.ts come from the main-process work; without them there is nothing
// to package, and saying so beats a bundler stack trace.
const missing = ['electron/main.ts', 'electron/preload.ts'].filter(
  (file) => !existsSync(fromRoot(file)),
);
if (
  !check('main and preload sources exist', missing.length === 0, `missing ${missing.join(', ')}`)
) {
  finish();
}
if (!check('npm run build succeeds', run('npm', ['run', 'build']))) {
  finish();
}

// 2. Package offline against the stand-in.
const config = parseBuilderConfig(readFileSync(fromRoot('electron-builder.yml'), 'utf8'));
const electronVersion = JSON.parse(
  readFileSync(fromRoot('node_modules/electron/package.json'), 'utf8'),
).version;
createElectronStandIn(standInDir, electronVersion);
rmSync(unpackedDir, { recursive: true, force: true });
const packaged = run(
  process.execPath,
  [
    fromRoot('node_modules/electron-builder/cli.js'),
    '--linux',
    '--dir',
    '--publish',
    'never',
    `-c.electronDist=${standInDir}`,
  ],
  { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
);
if (!check('electron-builder --linux --dir succeeds offline', packaged)) {
  finish();
}

// 3. The executable carries the product's name.
const executable = join(unpackedDir, config.linux.executableName);
check(`productName is Loupe`, config.productName === 'Loupe', `found ${config.productName}`);
const executableOk = isExecutable(executable);
check(`executable release/linux-unpacked/${config.linux.executableName} exists`, executableOk);

// 4. app.asar holds the bundles and package.json, and nothing else of the repository.
const archive = join(unpackedDir, 'resources', 'app.asar');
if (check('resources/app.asar exists', existsSync(archive))) {
  const entries = listAsar(archive);
  for (const required of [
    'package.json',
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/renderer/index.html',
  ]) {
    check(`app.asar contains ${required}`, entries.includes(required));
  }
  const modules = entries.filter((entry) => entry.split('/').includes('node_modules'));
  check('app.asar has no node_modules', modules.length === 0, modules.slice(0, 5).join(', '));
  const sources = entries.filter((entry) => /\.(ts|tsx|map)$/.test(entry));
  check(
    'app.asar has no TypeScript sources or source maps',
    sources.length === 0,
    sources.slice(0, 5).join(', '),
  );
  const stray = entries.filter((entry) => !entry.startsWith('dist') && entry !== 'package.json');
  check(
    'app.asar holds only dist/ and package.json',
    stray.length === 0,
    stray.slice(0, 5).join(', '),
  );
  const manifest = JSON.parse(readAsarFile(archive, 'package.json'));
  check(
    'packaged main points at dist/electron/main.cjs',
    manifest.main === 'dist/electron/main.cjs',
    `main is ${manifest.main}`,
  );
}

// 5. Fuses: the config says what DESIGN.md requires, and the packaged binary carries it.
const configured = config.electronFuses ?? {};
for (const [fuse, expected] of Object.entries(EXPECTED_FUSES)) {
  check(
    `electron-builder.yml sets ${configKey(fuse)}: ${expected}`,
    configured[configKey(fuse)] === expected,
  );
}
if (executableOk) {
  const actual = await readFuses(executable).catch((error) => {
    check('fuse wire readable in the packaged binary', false, error.message);
    return {};
  });
  for (const [fuse, expected] of Object.entries(EXPECTED_FUSES)) {
    check(
      `packaged binary has ${fuse} ${expected ? 'on' : 'off'}`,
      actual[fuse] === expected,
      `found ${actual[fuse]}`,
    );
  }
}
// 6. Icons: each platform's configured icon resolves as builder needs it (1024 px master).
const iconRoots = {
  buildResources: fromRoot(config.directories.buildResources),
  projectDir: root,
  outDir: fromRoot('.tmp', 'packaging-icons'),
};
for (const [platform, format, minSize] of [
  ['linux', 'set', 512],
  ['win', 'ico', 256],
  ['mac', 'icns', 0],
]) {
  const source = config[platform]?.icon;
  try {
    const icons = await resolveIcon(source, format, iconRoots);
    const largest = Math.max(...icons.map((icon) => icon.size));
    check(
      `${platform} icon ${source} resolves (${format})`,
      largest >= minSize,
      `largest ${largest}px`,
    );
  } catch (error) {
    check(`${platform} icon ${source} resolves (${format})`, false, error.message);
  }
}
finish();
