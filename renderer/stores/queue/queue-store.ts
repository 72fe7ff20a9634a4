/**
 * The open project's queue: its entries in queue order (see db/queue-entry.ts), the search over
 * its drafts, and where each draft sits. Opening paints the first page at once and reads the rest
 * behind it, so a queue of 100k drafts shows rows before it is whole.
 */
import { create } from 'zustand';
import type { DraftStatus } from '../../../shared/domain/draft';
import { getDatabase } from '../../db/database-instance';
import {
  countQueueEntries,
  getQueueEntries,
  listQueueEntries,
  readQueuePage,
  type QueueCursor,
} from '../../db/repositories/queue-entries-repository';
import { draftsChangedIn, onDataChange, type DataChange } from '../../db/change-feed';
import type { QueueEntryRow } from '../../db/rows';
import { searchNeedle } from './draft-search';
import { projectSearch } from './search-client';

/** Marks the moment a queue starts opening (see `open`). */
export const QUEUE_OPEN_MARK = 'loupe:queue-open';

/** Enough rows to fill a tall window twice; the rest follows in the background. */
export const FIRST_PAGE = 60;

/**
 * The rest is read in pages this size, each its own transaction, so a decision or a draft read
 * waits for one page at most (about 30 ms at 1,000 entries), never for the whole queue.
 */
const PAGE = 1000;

export interface QueueSearch {
  /** The search as typed. */
  text: string;
  /**
   * Ids of the drafts that match so far; null when there is no search. While `running` the set
   * grows in place and a new `search` object marks each step, so depend on `search`, not on it.
   */
  matches: ReadonlySet<string> | null;
  /** Drafts looked at so far, of `total`. */
  scanned: number;
  total: number;
  running: boolean;
}

export interface QueueState {
  projectId: string | null;
  /** `partial`: the first page is shown and the rest is being read. */
  status: 'idle' | 'loading' | 'partial' | 'ready' | 'error';
  entries: QueueEntryRow[];
  /** Draft id → index in `entries`; grows with `entries` while the queue is read. */
  positions: Map<string, number>;
  search: QueueSearch;
  /**
   * The filtered or searched list the reviewer opened a draft from (issue 12): J, K, a decision
   * and the review's counter follow it rather than the whole project. Null: the whole queue.
   */
  trail: QueueTrail | null;
  /** Remembers the list the reviewer is about to review from (null: the whole queue). */
  setTrail: (draftIds: readonly string[] | null) => void;
  /** Reads a project's queue: resolves once the first page is in, then reads the rest. */
  open: (projectId: string) => Promise<void>;
  /** A decision changed a draft's status: one entry is replaced, the order stays. */
  setEntryStatus: (projectId: string, draftId: string, status: DraftStatus) => void;
  /**
   * Committed changes to drafts of the open project (the change feed): entries whose status or
   * preview changed are replaced in place; drafts added or withdrawn make the queue be read
   * again behind the screen, and swapped in whole when read.
   */
  applyChange: (change: DataChange) => Promise<void>;
  /** Searches the project's drafts; results arrive page by page, a newer search stops an older. */
  setSearch: (text: string) => Promise<void>;
  reset: () => void;
}

/** Draft ids in the order shown, and each one's place among them. */
export interface QueueTrail {
  draftIds: readonly string[];
  positions: ReadonlyMap<string, number>;
}

const NO_SEARCH: QueueSearch = { text: '', matches: null, scanned: 0, total: 0, running: false };

const initialState = {
  projectId: null,
  status: 'idle',
  entries: [],
  positions: new Map<string, number>(),
  search: NO_SEARCH,
  trail: null,
} satisfies Partial<QueueState>;

const positionsOf = (entries: readonly QueueEntryRow[]) =>
  new Map(entries.map((entry, index) => [entry.draftId, index]));

export const useQueueStore = create<QueueState>()((set, get) => {
  // Bumped by every open and every search, so a late result of an older one is dropped.
  let openToken = 0;
  let searchToken = 0;
  // The open project's search (search-client.ts: an index of folded draft texts in a worker),
  // read from the queue's first page on, behind the screen, so it is whole (~1 s at 100k drafts,
  // its texts stored folded) by the time the search box opens with the whole queue.
  const searcher = projectSearch(getDatabase);

  /** Reads the queue after the first page, a page at a time, appending as it goes. */
  const readRest = async (projectId: string, token: number, after: QueueCursor) => {
    let cursor: QueueCursor | null = after;
    try {
      while (cursor !== null) {
        const page = await readQueuePage(getDatabase(), projectId, cursor, PAGE);
        if (token !== openToken) {
          return;
        }
        const { entries, positions } = get();
        // Grown in place: copying a 100k map per page would cost more than the page read.
        page.entries.forEach((entry, index) =>
          positions.set(entry.draftId, entries.length + index),
        );
        const whole = page.entries.length < PAGE;
        set({ entries: entries.concat(page.entries), status: whole ? 'ready' : 'partial' });
        cursor = whole ? null : page.cursor;
      }
    } catch (error) {
      console.error('Could not read the queue', error);
      if (token === openToken) {
        set({ status: 'error' });
      }
    }
  };

  // Reading the queue again after drafts were added or withdrawn: at most one read at a time,
  // and a burst of pulled pages (a 100k pull applies 200) makes one more read, not 200.
  let rereading = false;
  let rereadAgain = false;
  const rereadSoon = (projectId: string) => {
    if (rereading) {
      rereadAgain = true;
      return;
    }
    rereading = true;
    void (async () => {
      try {
        do {
          rereadAgain = false;
          const token = openToken;
          const entries = await listQueueEntries(getDatabase(), projectId);
          if (token !== openToken || get().projectId !== projectId) {
            return;
          }
          set({ entries, positions: positionsOf(entries), status: 'ready' });
        } while (rereadAgain);
      } catch (error) {
        console.error('Could not read the queue again', error);
      } finally {
        rereading = false;
      }
    })();
  };

  return {
    ...initialState,

    async open(projectId) {
      openToken += 1;
      searchToken += 1;
      const token = openToken;
      // A User Timing mark: DevTools and `npm run bench` time "queue opened → first rows" from it.
      performance.mark(QUEUE_OPEN_MARK);
      searcher.drop();
      set({ ...initialState, positions: new Map(), projectId, status: 'loading' });
      try {
        const first = await readQueuePage(getDatabase(), projectId, null, FIRST_PAGE);
        if (token !== openToken) {
          return;
        }
        const entries = first.entries;
        const whole = entries.length < FIRST_PAGE || first.cursor === null;
        set({ status: whole ? 'ready' : 'partial', entries, positions: positionsOf(entries) });
        searcher.clientFor(projectId); // read behind the screen, ready for the first search
        if (!whole && first.cursor !== null) {
          void readRest(projectId, token, first.cursor);
        }
      } catch (error) {
        console.error('Could not read the queue', error);
        if (token === openToken) {
          set({ status: 'error' });
        }
      }
    },

    setEntryStatus(projectId, draftId, status) {
      if (get().projectId !== projectId) {
        return; // a decision that committed after the reviewer opened another project
      }
      const { entries, positions } = get();
      const index = positions.get(draftId);
      const entry = index === undefined ? undefined : entries[index];
      if (index === undefined || entry === undefined || entry.status === status) {
        return;
      }
      const next = entries.slice();
      next[index] = { ...entry, status };
      set({ entries: next });
    },

    async setSearch(text) {
      searchToken += 1;
      const token = searchToken;
      const needle = searchNeedle(text);
      const { projectId, entries } = get();
      if (needle === '' || projectId === null) {
        searcher.current()?.stop();
        set({ search: { ...NO_SEARCH, text } });
        return;
      }
      const client = searcher.clientFor(projectId);
      // The scan covers every draft of the project, also those the queue has not read yet.
      const total =
        get().status === 'ready'
          ? entries.length
          : await countQueueEntries(getDatabase(), projectId).catch(() => entries.length);
      if (token !== searchToken) {
        return;
      }
      const found = new Set<string>();
      set({ search: { text, matches: found, scanned: 0, total, running: true } });
      // The same set, grown: copying it per report would cost matches × reports.
      await client.search(needle, found, ({ scanned, done }) => {
        if (token === searchToken) {
          set({
            search: {
              text,
              matches: found,
              scanned: Math.min(scanned, total),
              total,
              running: !done,
            },
          });
        }
      });
    },

    async applyChange(change) {
      const { projectId } = get();
      const touched = projectId === null ? null : draftsChangedIn(change, projectId);
      if (projectId === null || touched === null) {
        return;
      }
      // Nothing is read here (this runs after every decision): the next search reads them.
      searcher.current()?.markStale(touched.draftIds);
      const { positions } = get();
      if (touched.membership === true || touched.draftIds.some((id) => !positions.has(id))) {
        rereadSoon(projectId);
        return;
      }
      const token = openToken;
      const fresh = await getQueueEntries(getDatabase(), projectId, touched.draftIds);
      if (token !== openToken) {
        return;
      }
      const entries = get().entries.slice();
      let changed = false;
      for (const [index, draftId] of touched.draftIds.entries()) {
        const at = get().positions.get(draftId);
        const entry = fresh[index];
        if (at === undefined || entry === undefined) {
          rereadSoon(projectId); // withdrawn meanwhile
          return;
        }
        if (entries[at] !== entry) {
          entries[at] = entry;
          changed = true;
        }
      }
      if (changed) {
        set({ entries });
      }
    },

    setTrail(draftIds) {
      set({
        trail:
          draftIds === null
            ? null
            : { draftIds, positions: new Map(draftIds.map((id, index) => [id, index])) },
      });
    },

    reset: () => {
      openToken += 1;
      searchToken += 1;
      searcher.drop();
      set({ ...initialState, positions: new Map() });
    },
  };
});

// The queue follows every committed change to drafts (this window's decisions and pulls, and
// other windows'), not the writers (issue 11): one subscription for the life of the page.
onDataChange((change) => void useQueueStore.getState().applyChange(change));
