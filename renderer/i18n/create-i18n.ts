/** Builds the i18next instance the React tree reads its strings from. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import en from './locales/en.json';
import zhTW from './locales/zh-TW.json';
import { numberFormatter } from './number-formatter';

/** Every locale's strings; both files must hold the same keys (a test checks it). */
export const RESOURCES = {
  en: { translation: en },
  'zh-TW': { translation: zhTW },
} as const;

/** A ready, synchronously initialised i18next instance showing `language`. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(numberFormatter)
    .init({
      resources: RESOURCES,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: ['en', 'zh-TW'],
      // Only the exact locale: there is no plain `zh` bundle to look in.
      load: 'currentOnly',
      // Resources are bundled, so there is nothing to wait for before the first render.
      initAsync: false,
      // React escapes text itself. Every interpolated number goes through Intl in the UI
      // language (number-formatter.ts).
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  return instance;
}
