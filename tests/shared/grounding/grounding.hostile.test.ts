/** Empty and hostile inputs: nothing throws, every offset stays valid, and it stays fast. */
import { describe, expect, it } from 'vitest';
import { findGroundingHints, type GroundingSource } from '../../../shared/grounding';
import { expectConsistent, linkFor, reasonTexts, source } from './support';

const ticket = source(
  'context:0',
  'Refund NT$1,280 sent on 2026-11-03 to the original payment method for order QH241022-0087.',
);

describe('empty inputs', () => {
  it('flags every fact when there are no sources, and links nothing', () => {
    for (const sources of [[], [source('prompt', '')]] as GroundingSource[][]) {
      const draft = 'Your refund of NT$1,280 was sent on Nov 3 to Northwind Air Support.';
      const result = findGroundingHints(draft, sources);
      expect(result.links).toEqual([]);
      expect(reasonTexts(result)).toEqual(['NT$1,280', 'Nov 3', 'Northwind Air Support']);
    }
  });

  it('returns nothing for an empty draft', () => {
    expect(findGroundingHints('', [ticket])).toEqual({ links: [], unsupportedSentences: [] });
  });
});

describe('hostile text', () => {
  const noise = [
    '<script>alert("NT$1,820")</script>',
    '<img src=x onerror="fetch(`//evil`)">',
    '😀🇹🇼👩🏽‍💻',
    'NT$1,\u200B280',
    '\u200F\u202Eredro\u202C\u2066 RTL \u2069',
    '\uFEFF\u00A0\u3000',
    '\uD800 lone surrogate \uDC00',
    '𠮷野家 2026-11-03',
    '[click](javascript:alert(1))',
    'a'.repeat(300),
  ];

  it('keeps offsets valid around tags, emoji, zero-width and bidi characters', () => {
    const draft = noise.join(' Refund NT$1,280 sent to the original payment method. ');
    const result = findGroundingHints(draft, [ticket]);
    expectConsistent(result, draft, [ticket]);
    expect(reasonTexts(result)).toContain('NT$1,820');
    expect(linkFor(result, draft, [ticket], 'NT$1,280').matches).toEqual(['context:0:NT$1,280']);
  });

  it('survives hostile sources as well', () => {
    const sources = noise.map((text, i) => source(`context:${i}`, text));
    const draft = noise.join('\n');
    const result = findGroundingHints(draft, sources);
    expectConsistent(result, draft, sources);
    expect(result.links.length).toBeGreaterThan(0);
  });

  it('stays consistent on a 20 KB draft against 200 KB of sources', () => {
    const sentence =
      'Your refund of NT$1,280 for order QH241022-0087 was sent on 2026-11-03 to the original payment method. ' +
      '您的退款 NT$1,820 已於 11 月 3 日送出，款項約需 7–14 個工作天才會顯示在帳單上。😀\u200B ';
    const draft = sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
    const filler =
      'Orders ship within 3 business days; 訂單於三個工作天內出貨，如有問題請聯絡客服。 ';
    const big = filler.repeat(Math.ceil(200_000 / filler.length)).slice(0, 199_000) + ticket.text;
    const sources = [source('context:1', big), ticket];
    // Speed is measured by `npm run bench`, never in a unit test: this checks correctness at size.
    const result = findGroundingHints(draft, sources);
    expectConsistent(result, draft, sources);
    expect(result.unsupportedSentences.length).toBeGreaterThan(50);
  });
});
