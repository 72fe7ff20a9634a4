/**
 * The language the strings on screen are in, for the numbers and times beside them: read from
 * i18next itself, so a count or a date can never be in another language than its sentence.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'zh-TW' ? 'zh-TW' : 'en';
}
