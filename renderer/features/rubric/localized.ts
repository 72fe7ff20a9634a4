/** Picks the UI language's text from a project's two-language label. */
import type { LocalizedText } from '../../../shared/domain/draft-schema';

/** The label in `language`; any language other than zh-TW reads the English text. */
export function localized(text: LocalizedText, language: string): string {
  return language === 'zh-TW' ? text['zh-TW'] : text.en;
}
