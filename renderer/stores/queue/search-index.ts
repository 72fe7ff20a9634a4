/**
 * The open project's search index (issue 12, point 13): each draft's searchable text, folded
 * (draft-search.ts), kept in memory, so a search is a scan of folded strings rather than a
 * read of every draft from IndexedDB. At 100k drafts a search then finishes in a fraction of a
 * second, where reading the drafts alone took seconds.
 *
 * The texts are read as stored, folded, beside the drafts (search-segment-row.ts): ~100 rows for
 * 100k drafts, under a second, where reading and folding the drafts took 7–17 s. The drafts
 * themselves are read only when the stored texts fall short (search-index-sources.ts).
 * The index is read in the search worker (search-client.ts), so nothing of it runs on the page's
 * main thread. A search that starts before it is whole scans what is there and follows it as
 * it grows.
 * Changed drafts are only marked stale when the change arrives (nothing is read on the decision
 * path); the next search reads them again first.
 */
import type { LoupeDatabase } from '../../db/loupe-database';
import {
  countProjectDrafts,
  replaceSearchSegments,
  segmentRow,
  SEGMENT_DRAFTS,
} from '../../db/repositories/search-segments-repository';
import type { SearchSegmentRow } from '../../db/search-segment-row';
import { draftSearchText } from './draft-search';
import {
  foldedDrafts,
  StaleSegmentsError,
  storedSearchTexts,
  type SearchTexts,
} from './search-index-sources';

/** Past this many stale drafts, reading the index again is cheaper than fixing it. */
const REBUILD_ABOVE = 5000;

export interface SearchIndex {
  readonly projectId: string;
  /** Draft ids and their folded texts, in the same order; grows while the index is read. */
  readonly ids: readonly string[];
  readonly texts: readonly string[];
  /** Changes when the index was started over: a scan then starts over too. */
  readonly epoch: number;
  /** True once every draft of the project is in. */
  complete(): boolean;
  /** Resolves when more drafts are in, or the index is complete or closed. */
  grown(): Promise<void>;
  /** Drafts whose text may have changed since they were read (see `refreshStale`). */
  markStale(draftIds: readonly string[]): void;
  /** Reads the stale drafts again (or the whole index, when most of it is stale). */
  refreshStale(): Promise<void>;
  /** Stops reading; the index is dropped with the project. */
  close(): void;
}

export interface SearchIndexOptions {
  /** Told once every draft is in. */
  onWhole?: () => void;
  /**
   * Packs the stored segments into few when they have become many (small pulls, 500-draft
   * import batches), so the next open reads fewer rows. The worker does; the page does not
   * (it would write megabytes on the main thread).
   */
  repack?: boolean;
}

/** Reads the index of `projectId`'s drafts: their stored texts, or the drafts themselves. */
export function openSearchIndex(
  db: LoupeDatabase,
  projectId: string,
  { onWhole = () => {}, repack = false }: SearchIndexOptions = {},
): SearchIndex {
  let ids: string[] = [];
  let texts: string[] = [];
  let at = new Map<string, number>();
  const gone = new Set<string>();
  let whole = false;
  let closed = false;
  let generation = 0;
  let epoch = 0;
  const stale = new Set<string>();
  let waiters: (() => void)[] = [];

  const wake = () => {
    const waiting = waiters;
    waiters = [];
    waiting.forEach((resolve) => resolve());
  };

  const put = (id: string, text: string | null) => {
    if (text === null) {
      gone.add(id);
    } else {
      gone.delete(id);
    }
    const index = at.get(id);
    if (index === undefined) {
      at.set(id, ids.length);
      ids.push(id);
      texts.push(text ?? '');
    } else {
      texts[index] = text ?? ''; // a draft that is gone keeps no text: it can no longer match
    }
  };
  const take = (batch: SearchTexts) => batch.forEach(([id, text]) => put(id, text));

  const startOver = () => {
    ids = [];
    texts = [];
    at = new Map();
    gone.clear();
    epoch += 1;
  };

  const finish = () => {
    whole = true;
    onWhole();
    wake();
  };

  /** Writes the index back as few full segments (see `repack`), if nothing was written since. */
  const packInto = async (lastSegment: number) => {
    const live = ids.flatMap((id, index) => (gone.has(id) ? [] : [[id, texts[index]!] as const]));
    const rows: SearchSegmentRow[] = [];
    for (let start = 0; start < live.length; start += SEGMENT_DRAFTS) {
      const segment: number = lastSegment + 1 + rows.length;
      rows.push(segmentRow(projectId, segment, live.slice(start, start + SEGMENT_DRAFTS)));
    }
    await replaceSearchSegments(db, projectId, lastSegment, rows);
  };

  const build = async () => {
    generation += 1;
    const mine = generation;
    const current = () => !closed && mine === generation;
    startOver();
    whole = false;
    try {
      const drafts = countProjectDrafts(db, projectId);
      let lastSegment = -1;
      let segments = 0;
      let trusted = true;
      try {
        for await (const batch of storedSearchTexts(db, projectId)) {
          if (!current()) {
            return;
          }
          take(batch.texts);
          ({ lastSegment, segments } = batch);
          wake();
        }
      } catch (error) {
        if (!(error instanceof StaleSegmentsError)) {
          throw error;
        }
        trusted = false;
        startOver();
      }
      const held = ids.length - gone.size;
      if (trusted && held > 0) {
        // Searches need not wait for the check below: counting 100k drafts takes a while, and
        // only a text some write failed to store (a bug) would be missing.
        finish();
      }
      const count = await drafts;
      if (!current()) {
        return;
      }
      if (trusted && held >= count) {
        if (repack && segments > Math.ceil(held / SEGMENT_DRAFTS) * 1.5 + 4) {
          await packInto(lastSegment);
        }
        return;
      }
      // Texts missing (or folded differently): the drafts themselves, folded as read. A text
      // already in stays right (a later write would have appended a later one): only the
      // missing ones are new, appended where a running scan will reach them.
      whole = false;
      for await (const batch of foldedDrafts(db, projectId)) {
        if (!current()) {
          return;
        }
        take(batch);
        wake();
      }
      finish();
      if (repack) {
        await packInto(lastSegment);
      }
    } catch (error) {
      console.error('Could not read the search index', error);
      if (current()) {
        finish(); // a search then covers what was read rather than waiting forever
      }
    }
  };

  const index: SearchIndex = {
    projectId,
    get ids() {
      return ids;
    },
    get texts() {
      return texts;
    },
    get epoch() {
      return epoch;
    },
    complete: () => whole || closed,
    grown: () =>
      whole || closed ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    markStale(draftIds) {
      draftIds.forEach((id) => stale.add(id));
    },
    async refreshStale() {
      if (stale.size === 0) {
        return;
      }
      if (stale.size > REBUILD_ABOVE) {
        stale.clear();
        void build();
        return;
      }
      const wanted = [...stale];
      stale.clear();
      const mine = generation;
      const rows = await db.drafts.bulkGet(wanted.map((id): [string, string] => [projectId, id]));
      if (closed || mine !== generation) {
        return;
      }
      rows.forEach((row, i) => put(wanted[i]!, row === undefined ? null : draftSearchText(row)));
    },
    close() {
      closed = true;
      wake();
    },
  };
  void build();
  return index;
}
