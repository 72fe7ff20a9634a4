import { describe, expect, it } from 'vitest';
import {
  clipQuote,
  MAX_LINK_TEXT,
  MAX_REASONS,
  QUOTE_CONTEXT,
  quotePieces,
} from '../../../../renderer/features/review/grounding-quote';

// Issue 12, point 4: a 50,000-character "sentence" was quoted whole under the draft.
describe('quotePieces', () => {
  it('quotes a long sentence around its value only', () => {
    const pieces = quotePieces(0, 50_000, [{ start: 25_000, end: 25_005 }]);

    expect(pieces).toEqual([
      { kind: 'gap', start: 0, end: 25_000 - QUOTE_CONTEXT },
      { kind: 'text', start: 25_000 - QUOTE_CONTEXT, end: 25_000 },
      { kind: 'value', start: 25_000, end: 25_005 },
      { kind: 'text', start: 25_005, end: 25_005 + QUOTE_CONTEXT },
      { kind: 'gap', start: 25_005 + QUOTE_CONTEXT, end: 50_000 },
    ]);
  });

  it('quotes a short sentence whole', () => {
    expect(quotePieces(10, 40, [{ start: 20, end: 25 }])).toEqual([
      { kind: 'text', start: 10, end: 20 },
      { kind: 'value', start: 20, end: 25 },
      { kind: 'text', start: 25, end: 40 },
    ]);
  });

  it('stops after MAX_REASONS values', () => {
    const reasons = Array.from({ length: 100 }, (_, n) => ({ start: n * 10, end: n * 10 + 2 }));
    const pieces = quotePieces(0, 1_000, reasons);

    expect(pieces.filter((piece) => piece.kind === 'value')).toHaveLength(MAX_REASONS);
    expect(pieces[pieces.length - 1]?.kind).toBe('gap');
  });
});

describe('clipQuote', () => {
  it('cuts a long linked text with an ellipsis', () => {
    expect(clipQuote('x'.repeat(MAX_LINK_TEXT + 1))).toBe(`${'x'.repeat(MAX_LINK_TEXT)}…`);
    expect(clipQuote('short')).toBe('short');
  });
});
