import { describe, expect, it } from 'vitest';
import { createActiveTimer } from '../../../shared/review/active-timer';

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('active time on an item', () => {
  it('counts while the reviewer keeps acting in a focused window', () => {
    const c = clock();
    const timer = createActiveTimer(c.now);
    c.advance(20_000);
    timer.markActivity();
    c.advance(30_000);
    expect(timer.peek()).toBe(50_000);
  });

  it('stops counting 60 s after the last action and resumes on the next one', () => {
    const c = clock();
    const timer = createActiveTimer(c.now);
    c.advance(10 * 60_000); // walked away for ten minutes
    expect(timer.peek()).toBe(60_000);
    timer.markActivity();
    c.advance(5_000);
    expect(timer.peek()).toBe(65_000);
  });

  it('does not count while the window is in the background', () => {
    const c = clock();
    const timer = createActiveTimer(c.now);
    c.advance(5_000);
    timer.setFocused(false);
    c.advance(40_000);
    timer.setFocused(true);
    c.advance(5_000);
    expect(timer.peek()).toBe(10_000);
  });

  it('coming back to the window after a long absence needs an action before time counts', () => {
    const c = clock();
    const timer = createActiveTimer(c.now);
    timer.setFocused(false);
    c.advance(5 * 60_000);
    timer.setFocused(true);
    c.advance(30_000);
    expect(timer.peek()).toBe(0);
    timer.markActivity();
    c.advance(1_000);
    expect(timer.peek()).toBe(1_000);
  });

  it('take() hands over the time so far and starts the next item from zero', () => {
    const c = clock();
    const timer = createActiveTimer(c.now);
    c.advance(7_000);
    expect(timer.take()).toBe(7_000);
    c.advance(3_000);
    expect(timer.peek()).toBe(3_000);
  });
});
