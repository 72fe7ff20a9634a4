/**
 * Vitest global setup for the e2e tier: fails fast with a clear message when the renderer is not
 * built or Chromium is missing, then serves dist/renderer once for every test file.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { resolveChromiumPath } from './chromium';
import { hubOriginOption } from './hub-origin';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` serving the built renderer. */
    rendererOrigin: string;
  }
}

const rendererDir = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${rendererDir}/index.html`)) {
    throw new Error(`${rendererDir}/index.html is missing: run \`npm run build:renderer\` first.`);
  }
  resolveChromiumPath();
  // LOUPE_HUB_ORIGIN: the browser build may call that hub (its CSP names it); none by default.
  const server = await startStaticServer(rendererDir, 0, {
    hubOrigin: hubOriginOption([], process.env),
  });
  project.provide('rendererOrigin', server.origin);
  return () => server.close();
}
