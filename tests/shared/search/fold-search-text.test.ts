import { describe, expect, it } from 'vitest';
import { findMatches, foldQuery, foldSearchText } from '../../../shared/search/fold-search-text';

const found = (text: string, query: string) =>
  findMatches(text, query).map((match) => text.slice(match.start, match.end));

describe('folding text for search', () => {
  it('folds Traditional and Simplified Chinese to one form, regional variants too', () => {
    expect(foldSearchText('退款說明')).toBe(foldSearchText('退款说明'));
    expect(foldSearchText('會議紀錄')).toBe(foldSearchText('会议纪录'));
    // Taiwan's 裡 and 著, Hong Kong's 綫 fold like the standard forms.
    expect(foldSearchText('這裡寫著')).toBe(foldSearchText('这里写着'));
    expect(foldSearchText('電綫')).toBe(foldSearchText('电线'));
  });

  it('folds case, width and number grouping', () => {
    expect(foldSearchText('ＮＴ＄１，２８０')).toBe('nt$1280');
    expect(foldSearchText('NT$1,280')).toBe('nt$1280');
    expect(foldSearchText('₹1,28,000')).toContain('128000');
    expect(foldQuery('  Ｏrder  ')).toBe('order');
  });

  it('keeps commas that do not group digits', () => {
    expect(foldSearchText('items 3,4 and 12,80')).toBe('items 3,4 and 12,80');
    // In Chinese a full-width comma between plain digits separates clauses.
    expect(foldSearchText('500，200')).toBe('500,200');
  });

  it('folds runs of white space to one space and drops invisible characters', () => {
    expect(foldSearchText('refund\n\n  policy')).toBe('refund policy');
    expect(foldSearchText('1\u200b280 pa\u202eid')).toBe('1280 paid');
  });

  it('folds a folded text to itself', () => {
    const text = '親愛的客戶您好，NT$1,280 將於 5 個工作天內退回。ﬁne Ｔｅｓｔ';
    expect(foldSearchText(foldSearchText(text))).toBe(foldSearchText(text));
  });
});

describe('finding matches in the original text', () => {
  it('returns the original slices, whatever form the query was typed in', () => {
    const text = 'Refund NT$1,280 to 您的卡。退款金額：ＮＴ＄１，２８０。';
    expect(found(text, '1280')).toEqual(['1,280', '１，２８０']);
    expect(found(text, '退款金额')).toEqual(['退款金額']);
    expect(found(text, 'nt$1280')).toEqual(['NT$1,280', 'ＮＴ＄１，２８０']);
  });

  it('covers whole code points: ligatures, astral characters and hidden marks inside', () => {
    expect(found('a ﬁne day', 'fine')).toEqual(['ﬁne']);
    expect(found('𠮷野家 and 1\u200b280', '1280')).toEqual(['1\u200b280']);
    expect(found('𠮷野家', '𠮷野')).toEqual(['𠮷野']);
  });

  it('finds nothing for a blank query, and matches do not overlap', () => {
    expect(findMatches('anything', '   ')).toEqual([]);
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });
});
