import { describe, expect, it } from 'vitest';
import {
  countByStatus,
  EMPTY_FILTER,
  filterDrafts,
  firstLine,
  normaliseText,
} from '../../../../renderer/features/queue/queue-filter';
import { makeDraft, SAMPLE_DRAFTS } from './queue-fixtures';

describe('queue filtering', () => {
  it('normalises with NFKC and lowercase, so full-width Latin finds ASCII', () => {
    expect(normaliseText('ＰＡＲＣＥＬ')).toBe('parcel');
    const drafts = [makeDraft({ id: 'x', draft: 'Your parcel is late' })];
    expect(filterDrafts(drafts, { ...EMPTY_FILTER, search: 'ＰＡＲＣＥＬ' })).toEqual([0]);
  });

  it('counts every status, including those with no draft', () => {
    expect(countByStatus(SAMPLE_DRAFTS)).toEqual({
      pending: 2,
      approved: 1,
      edited: 1,
      escalated: 1,
      resolved: 0,
      disputed: 1,
    });
  });

  it('takes the first non-empty line without markdown markers', () => {
    expect(firstLine('\n\n## **Refund** policy\nmore')).toBe('Refund policy');
    expect(firstLine('> - 您好，<b>不是 HTML</b>')).toBe('您好，<b>不是 HTML</b>');
  });
});
