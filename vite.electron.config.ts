import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Main and preload are built separately (`--mode main`, `--mode preload`) so each is one
 * self-contained CommonJS file: a sandboxed preload can `require` nothing but `electron`, so it
 * must never share a chunk with main.
 */
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  return {
    publicDir: false,
    build: {
      outDir: 'dist/electron',
      emptyOutDir: entry === 'main',
      target: 'node20',
      ssr: true,
      sourcemap: false,
      minify: false,
      rollupOptions: {
        input: { [entry]: `electron/${entry}.ts` },
        external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
    ssr: { noExternal: true },
  };
});
