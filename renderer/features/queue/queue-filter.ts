/**
 * Pure filtering over a project's queue entries: status, model and prompt version, plus the ids
 * the search found (the queue store searches the drafts themselves, page by page).
 */
import { DRAFT_STATUSES, type DraftStatus } from '../../../shared/domain/draft';
import type { QueueEntryRow } from '../../db/rows';

export interface QueueFilter {
  status: DraftStatus | 'all';
  /** A model label (`QueueEntryRow.model`) or `'all'`. */
  model: string;
  /** A prompt version or `'all'`. */
  promptVersion: string;
}

export const EMPTY_FILTER: QueueFilter = {
  status: 'all',
  model: 'all',
  promptVersion: 'all',
};

/** Whether an entry passes the status, model and prompt-version filters. */
function passes(entry: QueueEntryRow, filter: QueueFilter): boolean {
  return (
    (filter.status === 'all' || entry.status === filter.status) &&
    (filter.model === 'all' || entry.model === filter.model) &&
    (filter.promptVersion === 'all' || entry.promptVersion === filter.promptVersion)
  );
}

/**
 * Indexes (into `entries`) of the entries that pass `filter` and, when a search is on, are among
 * `matches`; in queue order. Given `positions` (draft id → index) and a search that matched few
 * drafts, only the matches are looked at (issue 12, point 13): the list is filtered again on
 * every search update, and walking 100k entries each time was most of the wait for a result.
 */
export function filterEntries(
  entries: readonly QueueEntryRow[],
  filter: QueueFilter,
  matches: ReadonlySet<string> | null = null,
  positions?: ReadonlyMap<string, number>,
): number[] {
  if (matches !== null && positions !== undefined && matches.size * 4 < entries.length) {
    const indexes: number[] = [];
    for (const id of matches) {
      const at = positions.get(id);
      const entry = at === undefined ? undefined : entries[at];
      if (at !== undefined && entry?.draftId === id && passes(entry, filter)) {
        indexes.push(at);
      }
    }
    return indexes.sort((a, b) => a - b);
  }
  const indexes: number[] = [];
  entries.forEach((entry, index) => {
    if (passes(entry, filter) && (matches === null || matches.has(entry.draftId))) {
      indexes.push(index);
    }
  });
  return indexes;
}

/** How many entries hold each status (every status present, zero when none). */
export function countByStatus(entries: readonly QueueEntryRow[]): Record<DraftStatus, number> {
  const counts = Object.fromEntries(DRAFT_STATUSES.map((status) => [status, 0])) as Record<
    DraftStatus,
    number
  >;
  for (const entry of entries) {
    counts[entry.status] += 1;
  }
  return counts;
}

/** The distinct values of `key` over the entries, sorted, for a filter's options. */
export function distinctValues(
  entries: readonly QueueEntryRow[],
  key: (entry: QueueEntryRow) => string | undefined,
): string[] {
  const values = new Set<string>();
  for (const entry of entries) {
    const value = key(entry);
    if (value !== undefined) {
      values.add(value);
    }
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}
