/**
 * The inbox's filters and counts (pure): by project, reason, reviewer, model, prompt version and
 * age. Each facet's counts are taken under the other facets' filters, so a count says how many
 * rows choosing that value would show.
 */
import type { InboxItem } from './inbox-item';

export type AgeBucket = 'day' | 'week' | 'older';
export const AGE_BUCKETS: readonly AgeBucket[] = ['day', 'week', 'older'];

export type InboxFacet = 'project' | 'reason' | 'reviewer' | 'model' | 'promptVersion' | 'age';
export const INBOX_FACETS: readonly InboxFacet[] = [
  'project',
  'reason',
  'reviewer',
  'model',
  'promptVersion',
  'age',
];

/** Chosen value per facet; a facet left out shows everything. */
export type InboxFilters = Partial<Record<InboxFacet, string>>;

/** Value used for "no prompt version" in the prompt-version facet. */
export const NO_PROMPT_VERSION = '';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a row has waited, as a bucket: under a day, under a week, older. */
export function ageBucket(since: string, now: number): AgeBucket {
  const waited = now - Date.parse(since);
  if (!(waited >= DAY_MS)) {
    return 'day'; // also a clock behind another machine's (negative wait) or an unreadable time
  }
  return waited < 7 * DAY_MS ? 'week' : 'older';
}

/** The facet's values of one row (a row has several reasons or reviewers when disputed). */
export function facetValues(item: InboxItem, facet: InboxFacet, now: number): string[] {
  switch (facet) {
    case 'project':
      return [item.projectId];
    case 'reason':
      return item.reasons;
    case 'reviewer':
      return item.reviewers;
    case 'model':
      return [item.model];
    case 'promptVersion':
      return [item.promptVersion ?? NO_PROMPT_VERSION];
    case 'age':
      return [ageBucket(item.since, now)];
  }
}

function matches(item: InboxItem, filters: InboxFilters, now: number, except?: InboxFacet) {
  return INBOX_FACETS.every((facet) => {
    const wanted = filters[facet];
    return (
      facet === except || wanted === undefined || facetValues(item, facet, now).includes(wanted)
    );
  });
}

/** The rows the filters let through, in the order given. */
export function filterInbox(
  items: readonly InboxItem[],
  filters: InboxFilters,
  now: number,
): InboxItem[] {
  return items.filter((item) => matches(item, filters, now));
}

/** Per facet, how many rows each value would show under the other facets' filters. */
export type InboxCounts = Record<InboxFacet, Map<string, number>>;

export function countInbox(
  items: readonly InboxItem[],
  filters: InboxFilters,
  now: number,
): InboxCounts {
  const counts = Object.fromEntries(
    INBOX_FACETS.map((facet) => [facet, new Map<string, number>()]),
  ) as InboxCounts;
  for (const facet of INBOX_FACETS) {
    const tally = counts[facet];
    for (const item of items) {
      if (matches(item, filters, now, facet)) {
        for (const value of new Set(facetValues(item, facet, now))) {
          tally.set(value, (tally.get(value) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}
