import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two unit tiers from one command: Node (shared/ and electron/, with the `electron` module
 * replaced by a hand-written stand-in because the Electron binary is never loaded by tests) and
 * jsdom + fake-indexeddb (renderer components, stores, database and migrations).
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/electron/**/*.test.ts',
            'tests/lint/**/*.test.ts',
          ],
          alias: { electron: here('./tests/mocks/electron.ts') },
        },
      },
      {
        extends: true,
        test: {
          name: 'hub',
          environment: 'node',
          include: ['tests/hub/**/*.test.ts'],
          // Hub tests start databases and processes; a bound against hangs, not a timing check.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'sync',
          environment: 'node',
          // The real client engine, each client on its own Dexie database (fake-indexeddb), against
          // a real hub (SQLite, and PostgreSQL where TEST_DATABASE_URL is set).
          include: ['tests/sync/**/*.test.ts'],
          setupFiles: ['tests/sync/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          // Dialog tests type whole forms through user-event: ~2 s each on a quiet machine, more
          // on CI's 2 shared cores. A bound against hangs, not a timing check.
          testTimeout: 20_000,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          alias: { electron: here('./tests/mocks/electron-forbidden.ts') },
        },
      },
    ],
  },
});
