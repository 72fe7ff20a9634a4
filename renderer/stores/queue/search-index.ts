/**
 * The open project's search index (issue 12, point 13): each draft's searchable text, folded
 * once (draft-search.ts), kept in memory, so a search is a scan of folded strings rather than a
 * read of every draft from IndexedDB. At 100k drafts a search then finishes in a fraction of a
 * second, where reading the drafts alone took seconds.
 *
 * The index is read in the search worker (search-client.ts), a page of drafts at a time, so
 * neither reading nor folding 100k drafts runs on the page's main thread. A search that starts
 * before it is whole scans what is there and follows it as it grows.
 * Changed drafts are only marked stale when the change arrives (nothing is read on the decision
 * path); the next search reads them again first.
 */
import type { LoupeDatabase } from '../../db/loupe-database';
import { readDraftPage } from '../../db/repositories/drafts-repository';
import { draftSearchText } from './draft-search';

/** Drafts per read (one short read transaction each; in the worker, off the main thread). */
const PAGE = 1000;
/** Past this many stale drafts, reading the index again is cheaper than fixing it. */
const REBUILD_ABOVE = 5000;

export interface SearchIndex {
  readonly projectId: string;
  /** Draft ids and their folded texts, in the same order; grows while the index is read. */
  readonly ids: readonly string[];
  readonly texts: readonly string[];
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

/** Reads the index of `projectId`'s drafts; `onWhole` is told once every draft is in. */
export function openSearchIndex(
  db: LoupeDatabase,
  projectId: string,
  onWhole: () => void = () => {},
): SearchIndex {
  let ids: string[] = [];
  let texts: string[] = [];
  let at = new Map<string, number>();
  let whole = false;
  let closed = false;
  let generation = 0;
  const stale = new Set<string>();
  let waiters: (() => void)[] = [];

  const wake = () => {
    const waiting = waiters;
    waiters = [];
    waiting.forEach((resolve) => resolve());
  };

  const put = (id: string, text: string) => {
    const index = at.get(id);
    if (index === undefined) {
      at.set(id, ids.length);
      ids.push(id);
      texts.push(text);
    } else {
      texts[index] = text;
    }
  };

  const build = async () => {
    generation += 1;
    const mine = generation;
    ids = [];
    texts = [];
    at = new Map();
    whole = false;
    let afterId: string | null = null;
    try {
      while (!closed && mine === generation) {
        const page = await readDraftPage(db, projectId, afterId, PAGE);
        if (closed || mine !== generation) {
          return;
        }
        for (const draft of page) {
          put(draft.id, draftSearchText(draft));
        }
        afterId = page.at(-1)?.id ?? afterId;
        if (page.length < PAGE) {
          whole = true;
          onWhole();
        }
        wake();
        if (whole) {
          return;
        }
      }
    } catch (error) {
      console.error('Could not read the search index', error);
      whole = true; // a search then covers what was read rather than waiting forever
      wake();
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
      rows.forEach((row, i) => {
        // A draft that is gone keeps no text: it can no longer match.
        put(wanted[i]!, row === undefined ? '' : draftSearchText(row));
      });
    },
    close() {
      closed = true;
      wake();
    },
  };
  void build();
  return index;
}
