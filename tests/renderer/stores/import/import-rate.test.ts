/** The running pass's figures: fraction done by bytes, rows per second and time left. */
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../shared/import/import-run';
import { importRate } from '../../../../renderer/stores/import/import-rate';

const progress = (bytesRead: number, rowsRead: number): ImportProgress => ({
  bytesRead,
  rowsRead,
  rowsValid: rowsRead,
  problemCount: 0,
});

describe('the import rate', () => {
  it('gives no rate and no time left in the first half second, but the fraction done', () => {
    expect(importRate(progress(250, 40), 1000, 499)).toEqual({
      rowsPerSecond: null,
      secondsLeft: null,
      fraction: 0.25,
    });
  });

  it('gives a rate and a time left from half a second on', () => {
    const rate = importRate(progress(250, 40), 1000, 500);
    expect(rate.rowsPerSecond).toBe(80);
    expect(rate.secondsLeft).toBe(1.5);
  });

  it('goes by rows written in a writing pass whose row count the check told', () => {
    // The whole file was read at once (a big chunk): bytes say 100%, the rows say a fifth.
    const writing = { ...progress(1000, 5000), rowsWritten: 1000 };
    const rate = importRate(writing, 1000, 2000, 5000);
    expect(rate).toEqual({ rowsPerSecond: 500, secondsLeft: 8, fraction: 0.2 });
    // Without a count from the check (finishing after a restart), bytes again.
    expect(importRate(writing, 1000, 2000, null).fraction).toBe(1);
  });

  it('counts the fraction by bytes, not by rows (the row count is unknown until the end)', () => {
    expect(importRate(progress(100, 9000), 1000, 2000).fraction).toBe(0.1);
  });

  it('tells the time left from the bytes still to read', () => {
    // 250 bytes in 2 s is 125 bytes/s; 750 bytes are left: 6 s, however many rows they hold.
    expect(importRate(progress(250, 100), 1000, 2000)).toEqual({
      rowsPerSecond: 50,
      secondsLeft: 6,
      fraction: 0.25,
    });
    expect(importRate(progress(250, 5), 1000, 2000).secondsLeft).toBe(6);
  });

  it('gives no rate before the first byte, however long it waited', () => {
    expect(importRate(progress(0, 0), 1000, 5000)).toEqual({
      rowsPerSecond: null,
      secondsLeft: null,
      fraction: 0,
    });
  });

  it('never goes past done: an empty file, or more bytes read than the size said', () => {
    expect(importRate(progress(0, 0), 0, 100).fraction).toBe(1);
    expect(importRate(progress(1200, 10), 1000, 1000)).toMatchObject({
      fraction: 1,
      secondsLeft: 0,
    });
  });
});
