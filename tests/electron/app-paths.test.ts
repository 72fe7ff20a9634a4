import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../electron/app-paths';

describe('appPaths', () => {
  it('finds the renderer beside dist/electron and the preload inside it', () => {
    const mainDir = path.resolve('/opt/Loupe/resources/app.asar/dist/electron');
    expect(appPaths(mainDir)).toEqual({
      rendererRoot: path.resolve('/opt/Loupe/resources/app.asar/dist/renderer'),
      preloadPath: path.resolve('/opt/Loupe/resources/app.asar/dist/electron/preload.cjs'),
    });
  });
});
