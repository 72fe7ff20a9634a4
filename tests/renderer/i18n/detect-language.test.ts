import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../renderer/i18n/detect-language';

describe('detectLanguage', () => {
  it.each([
    [['zh-TW'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh-Hant-TW', 'en-US'], 'zh-TW'],
    [['zh-HK'], 'zh-TW'],
    [['zh-MO'], 'zh-TW'],
    [['zh_TW'], 'zh-TW'],
    // The only Chinese we ship; closer for a Chinese reader than English.
    [['zh-CN'], 'zh-TW'],
    [['en-US', 'zh-TW'], 'en'],
    [['en-GB'], 'en'],
    [['fr-FR', 'zh-TW'], 'zh-TW'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });
});
