/**
 * The window's remembered size, position and maximised flag (userData/window-state.json).
 *
 * The file is read back as hostile input: it may be garbage, hand-edited, or written on a machine
 * whose monitors have since changed. {@link parseWindowState} keeps only finite numbers of sane
 * size; {@link fitWindowState} puts the window on a display that exists now, or centres it.
 */
import {
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  type WindowBounds,
} from './window-options';

/** What is saved: the normal (un-maximised) bounds and whether the window was maximised. */
export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

/** A display's usable area (screen minus taskbar/dock), as Electron's `Display.workArea`. */
export interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bounds to open with, plus whether to maximise after opening. */
export interface FittedWindowState {
  bounds: WindowBounds;
  isMaximized: boolean;
}

/** How much of the window must overlap a display to count as reachable (a title bar's worth). */
const MIN_VISIBLE_PX = 48;
/** Coordinates beyond this are nonsense on any real desktop. */
const MAX_COORDINATE = 100_000;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Validates parsed JSON; returns `null` for anything that is not a plausible window state. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return null;
  }
  const record = value as Record<string, unknown>;
  const { x, y, width, height, isMaximized } = record;
  if (
    !isFiniteNumber(x) ||
    !isFiniteNumber(y) ||
    !isFiniteNumber(width) ||
    !isFiniteNumber(height)
  ) {
    return null;
  }
  if (width <= 0 || height <= 0 || width > MAX_COORDINATE || height > MAX_COORDINATE) {
    return null;
  }
  if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) {
    return null;
  }
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
    isMaximized: isMaximized === true,
  };
}

function overlap(a: WorkArea, b: WorkArea): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function defaultBounds(primary: WorkArea | undefined): WindowBounds {
  return {
    width: clamp(
      DEFAULT_WINDOW_WIDTH,
      MIN_WINDOW_WIDTH,
      Math.max(MIN_WINDOW_WIDTH, primary?.width ?? DEFAULT_WINDOW_WIDTH),
    ),
    height: clamp(
      DEFAULT_WINDOW_HEIGHT,
      MIN_WINDOW_HEIGHT,
      Math.max(MIN_WINDOW_HEIGHT, primary?.height ?? DEFAULT_WINDOW_HEIGHT),
    ),
  };
}

/**
 * Places a saved state on the displays that exist now. The display the window overlaps most is
 * chosen and the window is clamped inside its work area; when it overlaps none by at least a
 * title bar (monitor unplugged, garbage coordinates), the default size is centred on the primary
 * display (`workAreas[0]`).
 */
export function fitWindowState(
  saved: WindowState | null,
  workAreas: readonly WorkArea[],
): FittedWindowState {
  const primary = workAreas[0];
  if (saved === null) {
    return { bounds: defaultBounds(primary), isMaximized: false };
  }
  let best: WorkArea | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlap(saved, area);
    if (shared.width >= MIN_VISIBLE_PX && shared.height >= MIN_VISIBLE_PX) {
      if (shared.width * shared.height > bestArea) {
        best = area;
        bestArea = shared.width * shared.height;
      }
    }
  }
  if (best === undefined) {
    return { bounds: defaultBounds(primary), isMaximized: saved.isMaximized };
  }
  const width = clamp(saved.width, Math.min(MIN_WINDOW_WIDTH, best.width), best.width);
  const height = clamp(saved.height, Math.min(MIN_WINDOW_HEIGHT, best.height), best.height);
  return {
    bounds: {
      x: clamp(saved.x, best.x, best.x + best.width - width),
      y: clamp(saved.y, best.y, best.y + best.height - height),
      width,
      height,
    },
    isMaximized: saved.isMaximized,
  };
}
