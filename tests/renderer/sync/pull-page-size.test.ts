/**
 * How many records the next pull asks for: a page is applied in one transaction that a
 * reviewer's next read waits behind, so pages shrink when applying them is slow and grow back
 * when it is quick (sync-pass.ts, nextPullLimit).
 */
import { describe, expect, it } from 'vitest';
import { PULL_PAGE, nextPullLimit } from '../../../renderer/sync/sync-pass';

describe('nextPullLimit', () => {
  it('keeps the full page when 500 records applied within the target', () => {
    expect(nextPullLimit(500, 60)).toBe(PULL_PAGE);
  });

  it('asks for as many records as fit in about 150 ms at the last page’s pace', () => {
    // 500 records in 300 ms: 0.6 ms each, so 250 fit.
    expect(nextPullLimit(500, 300)).toBe(250);
    expect(nextPullLimit(100, 100)).toBe(150);
  });

  it('never goes below 100 (a page has a fixed cost) nor above the protocol’s page', () => {
    expect(nextPullLimit(500, 800)).toBe(100);
    expect(nextPullLimit(500, 60_000)).toBe(100);
    expect(nextPullLimit(100, 0)).toBe(PULL_PAGE);
  });

  it('starts over at the full page after an empty one', () => {
    expect(nextPullLimit(0, 900)).toBe(PULL_PAGE);
  });
});
