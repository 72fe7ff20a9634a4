/** Messages between the page and the search worker (search.worker.ts, search-client.ts). */

export type ToSearchWorker =
  /** Read the index of this project's drafts (replacing any other project's). */
  | { type: 'open'; databaseName: string; projectId: string }
  /** These drafts may have changed: read them again before the next search. */
  | { type: 'stale'; draftIds: readonly string[] }
  /** Search for `needle` (already folded); a newer search stops an older one. */
  | { type: 'search'; token: number; needle: string }
  /** Stop the running search (the search box was cleared, or the project closed). */
  | { type: 'stop' };

export type FromSearchWorker =
  /** Matches found since the last report of this search, and how far it has come. */
  | { type: 'progress'; token: number; found: string[]; scanned: number; done: boolean }
  /** Every draft of the project is in the index. */
  | { type: 'whole' };
