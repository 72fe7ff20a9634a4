import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  MIN_WINDOW_WIDTH,
} from '../../../electron/window/window-options';
import {
  fitWindowState,
  parseWindowState,
  type WorkArea,
} from '../../../electron/window/window-state';

const laptop: WorkArea = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor: WorkArea = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('keeps a sane saved state, rounded', () => {
    expect(
      parseWindowState({ x: 10.4, y: 20, width: 1000.6, height: 700, isMaximized: true }),
    ).toEqual({ x: 10, y: 20, width: 1001, height: 700, isMaximized: true });
  });

  it.each([
    ['garbage', 'not json at all'],
    ['null', null],
    ['array', [1, 2, 3, 4]],
    ['missing fields', { width: 800 }],
    ['negative size', { x: 0, y: 0, width: -800, height: 600 }],
    ['zero size', { x: 0, y: 0, width: 0, height: 600 }],
    ['NaN', { x: Number.NaN, y: 0, width: 800, height: 600 }],
    ['Infinity', { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 600 }],
    ['strings', { x: '0', y: '0', width: '800', height: '600' }],
    ['absurd size', { x: 0, y: 0, width: 1e9, height: 600 }],
    ['absurd position', { x: -1e9, y: 0, width: 800, height: 600 }],
  ])('rejects %s', (_label, value) => {
    expect(parseWindowState(value)).toBeNull();
  });

  it('treats anything but true as not maximised', () => {
    expect(
      parseWindowState({ x: 0, y: 0, width: 900, height: 700, isMaximized: 'yes' }),
    ).toMatchObject({ isMaximized: false });
  });
});

describe('fitWindowState', () => {
  it('centres the default size when nothing was saved', () => {
    expect(fitWindowState(null, [rightMonitor])).toEqual({
      bounds: { width: DEFAULT_WINDOW_WIDTH, height: DEFAULT_WINDOW_HEIGHT },
      isMaximized: false,
    });
  });

  it('keeps a window that fits where it was', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, isMaximized: false };
    expect(fitWindowState(saved, [laptop, rightMonitor]).bounds).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
    });
  });

  it('keeps a window on a secondary monitor when it is still there', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 900, isMaximized: true };
    expect(fitWindowState(saved, [laptop, rightMonitor])).toEqual({
      bounds: { x: 2000, y: 100, width: 1200, height: 900 },
      isMaximized: true,
    });
  });

  it('centres it on the primary display when that monitor was unplugged', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 900, isMaximized: false };
    expect(fitWindowState(saved, [laptop])).toEqual({
      bounds: { width: DEFAULT_WINDOW_WIDTH, height: DEFAULT_WINDOW_HEIGHT },
      isMaximized: false,
    });
  });

  it('pulls a window that hangs off the edge back inside the work area', () => {
    const saved = { x: 1300, y: -200, width: 1000, height: 700, isMaximized: false };
    const { bounds } = fitWindowState(saved, [laptop]);
    expect(bounds).toEqual({ x: 440, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display to the work area', () => {
    const saved = { x: 0, y: 0, width: 5000, height: 3000, isMaximized: false };
    expect(fitWindowState(saved, [laptop]).bounds).toEqual({
      x: 0,
      y: 0,
      width: laptop.width,
      height: laptop.height,
    });
  });

  it('does not count a sliver of overlap as visible', () => {
    const saved = { x: 1430, y: 0, width: 800, height: 600, isMaximized: false };
    expect(fitWindowState(saved, [laptop]).bounds).not.toHaveProperty('x');
  });

  it('grows a tiny saved window to the minimum size', () => {
    const small = { x: 1500, y: 0, width: 300, height: 300, isMaximized: false };
    expect(fitWindowState(small, [rightMonitor]).bounds).toMatchObject({
      x: 1500,
      width: MIN_WINDOW_WIDTH,
    });
  });

  it('falls back to defaults when there are no displays at all', () => {
    const saved = { x: 0, y: 0, width: 900, height: 700, isMaximized: false };
    expect(fitWindowState(saved, []).bounds).toEqual({
      width: DEFAULT_WINDOW_WIDTH,
      height: DEFAULT_WINDOW_HEIGHT,
    });
  });
});
