/**
 * Where the built files live. `npm run build` puts main.cjs and preload.cjs in dist/electron/
 * and the renderer in dist/renderer/, so both are found relative to main's own folder — inside
 * the asar when packaged, the repo when run with `npm start`.
 */
import path from 'node:path';

/** Paths derived from the folder holding main.cjs. */
export function appPaths(mainDir: string): { rendererRoot: string; preloadPath: string } {
  return {
    rendererRoot: path.resolve(mainDir, '..', 'renderer'),
    preloadPath: path.resolve(mainDir, 'preload.cjs'),
  };
}
