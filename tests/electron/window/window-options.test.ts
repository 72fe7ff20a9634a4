import { describe, expect, it } from 'vitest';
import {
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  buildWindowOptions,
} from '../../../electron/window/window-options';

describe('buildWindowOptions', () => {
  const options = buildWindowOptions({
    preloadPath: '/app/dist/electron/preload.cjs',
    bounds: { width: 1200, height: 800 },
  });

  it('applies every hardening flag from DESIGN.md Security', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('loads our preload and stays hidden until painted', () => {
    expect(options.webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has a usable minimum size', () => {
    expect(options.minWidth).toBe(MIN_WINDOW_WIDTH);
    expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT);
  });

  it('is centred when no position is given, placed when one is', () => {
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
    const placed = buildWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { x: 10, y: 20, width: 900, height: 700 },
    });
    expect(placed).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
  });
});
