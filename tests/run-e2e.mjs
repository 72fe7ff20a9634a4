// `npm run test:e2e`: builds the renderer, then runs the Chromium e2e tier. Extra arguments go to
// vitest (run-all.mjs passes its JSON reporter flags this way).
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build:renderer'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('test:e2e: `npm run build:renderer` failed; the e2e tests did not run.');
  process.exit(build.status ?? 1);
}
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(vitest.status ?? 1);
