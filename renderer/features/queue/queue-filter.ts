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

/**
 * Indexes (into `entries`) of the entries that pass `filter` and, when a search is on, are among
 * `matches`; in queue order.
 */
export function filterEntries(
  entries: readonly QueueEntryRow[],
  filter: QueueFilter,
  matches: ReadonlySet<string> | null = null,
): number[] {
  const indexes: number[] = [];
  entries.forEach((entry, index) => {
    if (filter.status !== 'all' && entry.status !== filter.status) {
      return;
    }
    if (filter.model !== 'all' && entry.model !== filter.model) {
      return;
    }
    if (filter.promptVersion !== 'all' && entry.promptVersion !== filter.promptVersion) {
      return;
    }
    if (matches !== null && !matches.has(entry.draftId)) {
      return;
    }
    indexes.push(index);
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
