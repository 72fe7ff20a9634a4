import { describe, expect, it } from 'vitest';
import { toQueueEntry } from '../../../../renderer/db/queue-entry';
import {
  countByStatus,
  distinctValues,
  EMPTY_FILTER,
  filterEntries,
} from '../../../../renderer/features/queue/queue-filter';
import { draftMatches, searchNeedle } from '../../../../renderer/stores/queue/draft-search';
import { makeDraft, SAMPLE_DRAFTS } from './queue-fixtures';

const ENTRIES = SAMPLE_DRAFTS.map(toQueueEntry);

describe('queue filtering', () => {
  it('folds width and case, so full-width Latin finds ASCII', () => {
    expect(searchNeedle('ＰＡＲＣＥＬ')).toBe('parcel');
    const draft = makeDraft({ id: 'x', draft: 'Your parcel is late' });
    expect(draftMatches(draft, searchNeedle('ＰＡＲＣＥＬ'))).toBe(true);
    expect(draftMatches(draft, searchNeedle('package'))).toBe(false);
  });

  it('searches the id, the draft, the prompt and the context titles and texts', () => {
    const needle = (text: string) => searchNeedle(text);
    const [d1, d2, d3, d4] = SAMPLE_DRAFTS;
    expect(draftMatches(d1!, needle('D-1'))).toBe(true);
    expect(draftMatches(d2!, needle('行李額度'))).toBe(true);
    expect(draftMatches(d3!, needle('會議紀錄'))).toBe(true);
    expect(draftMatches(d3!, needle('載入慢'))).toBe(true);
    expect(draftMatches(d4!, needle('parcel'))).toBe(true);
    expect(draftMatches(d1!, needle('parcel'))).toBe(false);
  });

  it('filters by status, model, prompt version and search matches, in queue order', () => {
    expect(filterEntries(ENTRIES, EMPTY_FILTER)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(filterEntries(ENTRIES, { ...EMPTY_FILTER, status: 'pending' })).toEqual([0, 3]);
    expect(filterEntries(ENTRIES, { ...EMPTY_FILTER, model: 'claude-sonnet 4.5' })).toEqual([1, 2]);
    expect(
      filterEntries(ENTRIES, {
        ...EMPTY_FILTER,
        model: 'claude-sonnet 4.5',
        promptVersion: 'summary-v2',
      }),
    ).toEqual([2]);
    expect(filterEntries(ENTRIES, EMPTY_FILTER, new Set(['d-4', 'd-2']))).toEqual([1, 3]);
    expect(
      filterEntries(ENTRIES, { ...EMPTY_FILTER, status: 'pending' }, new Set(['d-2'])),
    ).toEqual([]);
    expect(filterEntries(ENTRIES, EMPTY_FILTER, new Set())).toEqual([]);
  });

  it('gives the same list from the few matches of a search as from walking every entry', () => {
    const many = Array.from({ length: 400 }, (_, n) =>
      toQueueEntry(
        makeDraft({
          id: `m-${n}`,
          status: n % 3 === 0 ? 'approved' : 'pending',
        }),
      ),
    );
    const positions = new Map(many.map((entry, index) => [entry.draftId, index]));
    // In no particular order, and one id the queue does not hold (a withdrawn draft).
    const matches = new Set(['m-399', 'm-7', 'gone', 'm-12', 'm-150', 'm-3']);
    for (const filter of [EMPTY_FILTER, { ...EMPTY_FILTER, status: 'pending' as const }]) {
      const walked = filterEntries(many, filter, matches);
      expect(filterEntries(many, filter, matches, positions)).toEqual(walked);
    }
    expect(filterEntries(many, EMPTY_FILTER, matches, positions)).toEqual([3, 7, 12, 150, 399]);
  });

  it('counts every status, including those with no draft', () => {
    expect(countByStatus(ENTRIES)).toEqual({
      pending: 2,
      approved: 1,
      edited: 1,
      escalated: 1,
      resolved: 0,
      disputed: 1,
    });
  });

  it('lists distinct models and prompt versions, sorted', () => {
    expect(distinctValues(ENTRIES, (entry) => entry.model)).toEqual([
      'claude-sonnet 4.5',
      'gpt-4.1 2025-04-14',
    ]);
    expect(distinctValues(ENTRIES, (entry) => entry.promptVersion)).toEqual([
      'summary-v2',
      'support-v1',
    ]);
  });

  it('previews the draft as written, from its first non-blank character, lines folded', () => {
    const entry = (draft: string) => toQueueEntry(makeDraft({ id: 'x', draft }));
    expect(entry('\n\n## **Refund** policy\nmore').preview).toBe('## **Refund** policy more');
    expect(entry('> - 您好，<b>不是 HTML</b>').preview).toBe('> - 您好，<b>不是 HTML</b>');
  });
});
