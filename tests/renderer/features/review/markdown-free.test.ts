import { describe, expect, it } from 'vitest';
import { withoutMarkdownMarkers } from '../../../../renderer/features/review/markdown-free';

describe('quoting draft text without markdown markers', () => {
  it('drops bold, strike-through and code markers', () => {
    expect(withoutMarkdownMarkers('Order **A-1024** ships `today`, ~~not~~ tomorrow.')).toBe(
      'Order A-1024 ships today, not tomorrow.',
    );
  });

  it('drops heading, list and quote markers at line starts only', () => {
    expect(withoutMarkdownMarkers('## 退款說明\n- 金額：NT$1,280\n> 請回覆\n2. Step two')).toBe(
      '退款說明\n金額：NT$1,280\n請回覆\nStep two',
    );
    expect(withoutMarkdownMarkers('costs 5 - 2 = 3')).toBe('costs 5 - 2 = 3');
  });

  it('keeps single underscores and asterisks, which are often part of ids', () => {
    expect(withoutMarkdownMarkers('field order_id, rating 4*')).toBe('field order_id, rating 4*');
  });
});
