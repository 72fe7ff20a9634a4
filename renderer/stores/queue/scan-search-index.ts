/**
 * One search over the search index (search-index.ts), in slices of a few milliseconds with the
 * main thread given back between them, so a key the reviewer presses meanwhile (a decision, J)
 * waits for one slice at most. Matches are reported as they are found: the first at once, then
 * every so often, not per slice (each report makes the queue filter its 100k entries again).
 */
import type { SearchIndex } from './search-index';

/** How long one slice may scan before yielding, on the page (well under a frame). */
const SLICE_MS = 6;
/** How often, at most, matches found meanwhile are reported while scanning. */
const REPORT_EVERY_MS = 100;

export interface ScanReport {
  /** Drafts looked at so far. */
  scanned: number;
  /** True on the last report. */
  done: boolean;
}

export interface ScanOptions {
  /** A newer search (or closing the project) stops this one between slices. */
  shouldStop: () => boolean;
  /** Called with the matches so far (the same set, grown). */
  onProgress: (report: ScanReport) => void;
  /** How to give the thread back between slices (default: a macrotask). */
  yieldToMain?: () => Promise<void>;
  /**
   * How long a slice may run (default SLICE_MS). The worker, which has no screen to keep
   * responsive, takes longer slices: they only bound how soon a newer search is heard.
   */
  sliceMs?: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Adds to `found` the ids of the indexed drafts whose folded text holds `needle`, following the
 * index while it is still being read. Resolves when the scan is done or stopped.
 */
export async function scanSearchIndex(
  index: SearchIndex,
  needle: string,
  found: Set<string>,
  options: ScanOptions,
): Promise<void> {
  const yieldToMain = options.yieldToMain ?? nextTask;
  let next = 0;
  let epoch = index.epoch;
  let reportedAt = performance.now();
  let reportedMatches = 0;
  for (;;) {
    const sliceEnd = performance.now() + (options.sliceMs ?? SLICE_MS);
    if (index.epoch !== epoch) {
      // The index started over (read again): so does the scan; what it found stays found.
      epoch = index.epoch;
      next = 0;
    }
    const { ids, texts } = index;
    while (next < texts.length) {
      if (texts[next]!.includes(needle)) {
        found.add(ids[next]!);
      }
      next += 1;
      // Checking the clock every 64 drafts keeps its cost out of the loop.
      if ((next & 63) === 0 && performance.now() > sliceEnd) {
        break;
      }
    }
    if (options.shouldStop()) {
      return;
    }
    const complete = index.complete() && next >= index.texts.length;
    const now = performance.now();
    const firstMatches = reportedMatches === 0 && found.size > 0;
    if (complete || firstMatches || now - reportedAt >= REPORT_EVERY_MS) {
      options.onProgress({ scanned: next, done: complete });
      reportedAt = now;
      reportedMatches = found.size;
    }
    if (complete) {
      return;
    }
    if (next >= index.texts.length) {
      await index.grown();
    } else {
      await yieldToMain();
    }
    if (options.shouldStop()) {
      return;
    }
  }
}
