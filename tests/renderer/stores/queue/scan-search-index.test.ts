import { describe, expect, it } from 'vitest';
import {
  scanSearchIndex,
  type ScanReport,
} from '../../../../renderer/stores/queue/scan-search-index';
import type { SearchIndex } from '../../../../renderer/stores/queue/search-index';

/** An index of `count` texts, `growBy` more each time a search waits for it to grow. */
function fakeIndex(count: number, text: (n: number) => string, growBy = count): SearchIndex {
  const ids: string[] = [];
  const texts: string[] = [];
  const grow = () => {
    const until = Math.min(count, ids.length + growBy);
    for (let n = ids.length; n < until; n += 1) {
      ids.push(`d-${n}`);
      texts.push(text(n));
    }
  };
  grow();
  return {
    projectId: 'p1',
    ids,
    texts,
    epoch: 0,
    complete: () => ids.length >= count,
    grown: () => {
      grow();
      return Promise.resolve();
    },
    markStale: () => {},
    refreshStale: async () => {},
    close: () => {},
  };
}

const longText = (n: number) => `${'the refund goes back to the original card '.repeat(25)}${n}`;

describe('scanning the search index', () => {
  it('gives the main thread back between slices and reports the first match early', async () => {
    const index = fakeIndex(60_000, (n) =>
      n % 20_000 === 5 ? `${longText(n)} order 4242` : longText(n),
    );
    const found = new Set<string>();
    const reports: (ScanReport & { matches: number })[] = [];
    let yields = 0;
    await scanSearchIndex(index, 'order 4242', found, {
      shouldStop: () => false,
      onProgress: (report) => reports.push({ ...report, matches: found.size }),
      yieldToMain: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    expect([...found]).toEqual(['d-5', 'd-20005', 'd-40005']);
    expect(yields).toBeGreaterThan(0);
    // The first report carries the first match, long before the scan is done.
    expect(reports[0]).toMatchObject({ done: false, matches: 1 });
    expect(reports.at(-1)).toMatchObject({ done: true, scanned: 60_000, matches: 3 });
  });

  it('follows an index that is still being read until it is whole', async () => {
    const index = fakeIndex(1000, (n) => (n % 300 === 1 ? 'match me' : 'nothing'), 100);
    const found = new Set<string>();
    await scanSearchIndex(index, 'match', found, { shouldStop: () => false, onProgress: () => {} });
    expect([...found]).toEqual(['d-1', 'd-301', 'd-601', 'd-901']);
  });

  it('starts over when the index is read again from the start', async () => {
    // Read first from texts that turn out untrusted; then again, from the drafts themselves.
    let ids = ['d-0', 'd-1', 'd-2'];
    let texts = ['old', 'old', 'old'];
    let epoch = 0;
    let reads = 0;
    const index: SearchIndex = {
      projectId: 'p1',
      get ids() {
        return ids;
      },
      get texts() {
        return texts;
      },
      get epoch() {
        return epoch;
      },
      complete: () => reads >= 2,
      grown: () => {
        reads += 1;
        if (reads === 1) {
          ids = ['d-0', 'd-1', 'd-2'];
          texts = ['x', 'the match', 'x'];
          epoch += 1;
        }
        return Promise.resolve();
      },
      markStale: () => {},
      refreshStale: async () => {},
      close: () => {},
    };
    const found = new Set<string>();
    await scanSearchIndex(index, 'match', found, { shouldStop: () => false, onProgress: () => {} });
    expect([...found]).toEqual(['d-1']);
  });

  it('stops between slices when a newer search starts', async () => {
    const index = fakeIndex(1000, () => 'match', 100);
    const found = new Set<string>();
    let stop = false;
    const reports: ScanReport[] = [];
    await scanSearchIndex(index, 'match', found, {
      shouldStop: () => stop,
      onProgress: (report) => {
        reports.push(report);
        stop = true;
      },
    });
    expect(found.size).toBeLessThan(1000);
    expect(reports.every((report) => !report.done)).toBe(true);
  });
});
