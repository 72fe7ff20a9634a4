/**
 * The main window's settings (DESIGN.md, Security: "Windows: `contextIsolation`, `sandbox`, no
 * `nodeIntegration`, `webSecurity`, no webviews"). Every security flag is spelled out even where
 * it is Electron's default, so a reader — and the test — sees the whole policy in one place and a
 * future default change cannot loosen it.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** Smallest usable size: the queue list beside a draft at the narrowest readable width. */
export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 560;
/** Size of a first-run window before any state is remembered. */
export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 800;
/** Painted before the renderer's first frame; matches the light theme's page background. */
export const WINDOW_BACKGROUND_COLOR = '#f7f7f5';

/** Where and how large the window opens; `x`/`y` absent means "centre it". */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Builds the BrowserWindow options for the main window. */
export function buildWindowOptions(options: {
  preloadPath: string;
  bounds: WindowBounds;
  title?: string;
}): BrowserWindowConstructorOptions {
  const { bounds } = options;
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: options.title ?? 'Loupe',
    backgroundColor: WINDOW_BACKGROUND_COLOR,
    // Shown on 'ready-to-show' so the reviewer never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
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
      spellcheck: false,
    },
  };
}
