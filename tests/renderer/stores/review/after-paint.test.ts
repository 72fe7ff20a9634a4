import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../../renderer/stores/review/after-paint';

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the work once, after the frame and the idle moment that follows it', () => {
    vi.useFakeTimers();
    let frame: FrameRequestCallback | undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frame = callback;
      return 1;
    });
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 5));
    vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    const work = vi.fn();
    afterPaint(work);
    vi.advanceTimersByTime(10);
    expect(work).not.toHaveBeenCalled(); // no frame yet
    frame?.(0);
    vi.advanceTimersByTime(5);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500); // the fallback does not run it again
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('still runs after the window that scheduled its frame is gone', () => {
    vi.useFakeTimers();
    // A frame that never comes, then the frame functions disappear (a closed page, a test
    // environment torn down) before the fallback fires.
    vi.stubGlobal('requestAnimationFrame', () => 7);
    vi.stubGlobal('cancelAnimationFrame', undefined);
    vi.stubGlobal('cancelIdleCallback', undefined);
    const work = vi.fn();
    afterPaint(work);
    expect(() => vi.advanceTimersByTime(200)).not.toThrow();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
