import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/locales/en.json';
import zhTW from '../../../renderer/i18n/locales/zh-TW.json';

/** Flattens nested bundles into `a.b.c` → value. */
function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return { [prefix]: value };
  }
  return Object.entries(value).reduce<Record<string, unknown>>(
    (all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

/** Interpolation variables and Trans tags a translation must keep. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*[\w.]+\s*\}\}|<\/?\w+\s*\/?>/g)].map((m) => m[0]).sort();
}

const bundles = { en: flatten(en), 'zh-TW': flatten(zhTW) };

describe('locale bundles', () => {
  it('hold exactly the same keys', () => {
    expect(Object.keys(bundles['zh-TW']).sort()).toEqual(Object.keys(bundles.en).sort());
  });

  it.each(Object.entries(bundles))('%s has no empty or non-string value', (_language, bundle) => {
    for (const [key, value] of Object.entries(bundle)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('keep the same placeholders and tags in every language', () => {
    for (const [key, value] of Object.entries(bundles.en)) {
      expect(placeholders(String(bundles['zh-TW'][key])), key).toEqual(placeholders(String(value)));
    }
  });
});
