/**
 * The statistics worker's edit-rate cache: which rates the store holds, so each computed rate
 * is handed to the store once, and again only after a write that failed.
 */
import { describe, expect, it } from 'vitest';
import { EditRateCache } from '../../../../renderer/stores/lead/statistics/edit-rate-cache';

describe('the edit-rate cache', () => {
  it('hands each computed rate over once, and none of those read from the store', () => {
    const cache = new EditRateCache();
    cache.seed(new Map([['stored', 0.5]]));
    expect(cache.takeUnsaved()).toEqual([]);
    cache.rates.set('new-1', 0.25);
    cache.rates.set('new-2', 1);
    expect(cache.takeUnsaved()).toEqual([
      ['new-1', 0.25],
      ['new-2', 1],
    ]);
    expect(cache.takeUnsaved()).toEqual([]);
  });

  it('keeps what memory holds when the store is read again', () => {
    const cache = new EditRateCache();
    cache.rates.set('computed', 0.25);
    cache.seed(new Map([['other', 0.5]]));
    expect([...cache.rates]).toEqual([
      ['computed', 0.25],
      ['other', 0.5],
    ]);
    // Computed here, not yet stored: still to be handed over.
    expect(cache.takeUnsaved()).toEqual([['computed', 0.25]]);
  });

  it('hands rates over again after a write that failed', () => {
    const cache = new EditRateCache();
    cache.rates.set('a', 0.1);
    const failed = cache.takeUnsaved();
    cache.notSaved(failed);
    expect(cache.takeUnsaved()).toEqual([['a', 0.1]]);
  });
});
