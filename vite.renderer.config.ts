import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The renderer bundle: served from `app://` by Electron and over http for the e2e tests. */
export default defineConfig({
  root: 'renderer',
  // Relative asset URLs work under both `app://loupe/` and `http://127.0.0.1:PORT/`.
  base: './',
  plugins: [react()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome140',
  },
});
