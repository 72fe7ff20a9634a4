import { defineConfig } from 'vitest/config';

/**
 * The e2e tier: the built renderer (dist/renderer) served on 127.0.0.1 and driven in Debian's
 * Chromium through playwright-core. Run it with `npm run test:e2e`, which builds first.
 * One file at a time: each test launches its own Chromium and the CI machines have 2 cores.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
