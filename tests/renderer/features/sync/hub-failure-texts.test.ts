/**
 * Every kind of hub failure has its three sentences in both languages: hub-failure-message.tsx
 * builds these keys from the kind at run time, so the type checker no longer sees them.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/i18n/locales/en.json';
import zhTW from '../../../../renderer/i18n/locales/zh-TW.json';
import { HUB_FAILURE_KINDS } from '../../../../shared/sync/hub-failure';

describe('hub failure texts', () => {
  it.each([
    ['en', en],
    ['zh-TW', zhTW],
  ] as const)('are all there in %s', (_language, locale) => {
    const texts = locale.hubFailure as unknown as Record<
      string,
      Record<string, string> | undefined
    >;
    for (const kind of HUB_FAILURE_KINDS) {
      for (const part of ['problem', 'action', 'short']) {
        expect(texts[kind]?.[part], `hubFailure.${kind}.${part}`).toMatch(/\S/);
      }
    }
  });
});
