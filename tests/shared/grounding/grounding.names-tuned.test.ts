/**
 * Name rules tuned on real model output (issue 12): a hyphenated age or duration is not an
 * identifier, and a short capitalised word in a Chinese sentence (IT, MI, Pro) is not a name
 * the source must hold; real names and ids still are.
 */
import { describe, expect, it } from 'vitest';
import { findGroundingHints } from '../../../shared/grounding';
import { expectConsistent, reasonTexts, source } from './support';

const sources = [source('context:0', 'The customer asked about the refund for order QH-20931.')];

function flagged(draft: string): string[] {
  const result = findGroundingHints(draft, sources);
  expectConsistent(result, draft, sources);
  return reasonTexts(result).filter((text) => !/^\d+$/.test(text));
}

describe('names and identifiers, tuned on real text', () => {
  it('does not call a hyphenated age or duration a name', () => {
    expect(flagged('The 21-year-old student booked a 3-day pass and a 24-hour ticket.')).toEqual(
      [],
    );
  });

  it('still flags a real identifier the source does not hold', () => {
    expect(flagged('Your order QH-20981 is on its way.')).toEqual(['QH-20981']);
  });

  it('does not flag short capitals inside a Chinese sentence', () => {
    expect(flagged('請聯絡 IT 部門，或改用 MI 手環的 Pro 版本。')).toEqual([]);
  });

  it('still flags a longer Latin name inside a Chinese sentence', () => {
    expect(flagged('請改用 Google 帳號登入。')).toEqual(['Google']);
  });
});

describe('the no-hints message', () => {
  it('says the check ran, in both languages', async () => {
    const en = (await import('../../../renderer/i18n/locales/en.json')).default;
    const zh = (await import('../../../renderer/i18n/locales/zh-TW.json')).default;
    expect(en.grounding.none).toMatch(/^Checked:/);
    expect(zh.grounding.none).toMatch(/^已比對：/);
  });
});
