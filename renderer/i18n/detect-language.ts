/** Picks the UI language from the system's preferred languages (DESIGN.md, Language). */
import type { Language } from '../../shared/ipc/contract';

/**
 * The first preferred language we ship, else English. Any Chinese maps to zh-TW: it is the only
 * Chinese we ship, and Traditional text is readable to Simplified readers (the reverse of a
 * fallback to English).
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') {
      return 'zh-TW';
    }
    if (primary === 'en') {
      return 'en';
    }
  }
  return 'en';
}

/** The system's preferred languages as the browser (or Electron) reports them. */
export function systemLanguages(nav: Pick<Navigator, 'languages' | 'language'> = navigator) {
  return nav.languages.length > 0 ? nav.languages : [nav.language];
}
