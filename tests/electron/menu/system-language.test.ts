import { describe, expect, it } from 'vitest';
import { matchLanguage, pickInitialLanguage } from '../../../electron/menu/system-language';

describe('matchLanguage', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['ZH-tw', 'zh-TW'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['zh-CN', null],
    ['zh-Hans-HK', null],
    ['zh', null],
    ['fr-FR', null],
    ['', null],
  ] as const)('%s → %s', (tag, expected) => {
    expect(matchLanguage(tag)).toBe(expected);
  });
});

describe('pickInitialLanguage', () => {
  it('takes the first preferred language we ship', () => {
    expect(pickInitialLanguage(['fr-FR', 'zh-Hant-TW', 'en-US'])).toBe('zh-TW');
    expect(pickInitialLanguage(['de', 'en-GB', 'zh-TW'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(pickInitialLanguage([])).toBe('en');
    expect(pickInitialLanguage(['zh-CN', 'ja-JP'])).toBe('en');
  });
});
