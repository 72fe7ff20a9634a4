/**
 * Pure filtering over a project's drafts: status, model, prompt version and a free-text search.
 * Search is a substring match on normalised text (NFKC + lowercase), which works for Chinese
 * without word splitting and folds full-width Latin (Ａ → a) the way reviewers type it.
 */
import { DRAFT_STATUSES, type DraftStatus } from '../../../shared/domain/draft';
import type { DraftRow } from '../../db/rows';

export interface QueueFilter {
  status: DraftStatus | 'all';
  /** `modelKey(draft)` or `'all'`. */
  model: string;
  /** A prompt version or `'all'`. */
  promptVersion: string;
  search: string;
}

export const EMPTY_FILTER: QueueFilter = {
  status: 'all',
  model: 'all',
  promptVersion: 'all',
  search: '',
};

/** NFKC then lowercase, so "ＡＢＣ" finds "abc" and case never matters. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Model name and version as one label, e.g. "gpt-4.1 2025-04-14". */
export function modelKey(draft: DraftRow): string {
  return draft.model.version === undefined
    ? draft.model.name
    : `${draft.model.name} ${draft.model.version}`;
}

// Rows are replaced (not mutated) when their status changes, so a row object's text never
// changes: caching per object keeps a 100k-row search from normalising every row per keystroke.
const searchTextCache = new WeakMap<DraftRow, string>();

/** Everything search looks in: id, draft, prompt and context texts, normalised. */
export function searchableText(draft: DraftRow): string {
  let text = searchTextCache.get(draft);
  if (text === undefined) {
    const parts = [draft.id, draft.draft, draft.prompt ?? ''];
    for (const context of draft.context) {
      parts.push(context.title, context.text);
    }
    text = normaliseText(parts.join('\n'));
    searchTextCache.set(draft, text);
  }
  return text;
}

/** Indexes (into `drafts`) of the drafts that pass `filter`, in queue order. */
export function filterDrafts(drafts: readonly DraftRow[], filter: QueueFilter): number[] {
  const needle = normaliseText(filter.search.trim());
  const indexes: number[] = [];
  drafts.forEach((draft, index) => {
    if (filter.status !== 'all' && draft.status !== filter.status) {
      return;
    }
    if (filter.model !== 'all' && modelKey(draft) !== filter.model) {
      return;
    }
    if (filter.promptVersion !== 'all' && draft.promptVersion !== filter.promptVersion) {
      return;
    }
    if (needle !== '' && !searchableText(draft).includes(needle)) {
      return;
    }
    indexes.push(index);
  });
  return indexes;
}

/** How many drafts hold each status (every status present, zero when none). */
export function countByStatus(drafts: readonly DraftRow[]): Record<DraftStatus, number> {
  const counts = Object.fromEntries(DRAFT_STATUSES.map((status) => [status, 0])) as Record<
    DraftStatus,
    number
  >;
  for (const draft of drafts) {
    counts[draft.status] += 1;
  }
  return counts;
}

/** The distinct values of `key` over the drafts, sorted, for a filter's options. */
export function distinctValues(
  drafts: readonly DraftRow[],
  key: (draft: DraftRow) => string | undefined,
): string[] {
  const values = new Set<string>();
  for (const draft of drafts) {
    const value = key(draft);
    if (value !== undefined) {
      values.add(value);
    }
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}

/**
 * The first non-empty line of a markdown draft as plain text: leading block markers (#, >, -, 1.)
 * and emphasis characters removed. Shown as a React text node, so it is never parsed as HTML.
 */
export function firstLine(markdown: string): string {
  const line = markdown.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return line
    .trim()
    .replace(/^(#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/, '')
    .replace(/[*_`~]+/g, '')
    .trim();
}
