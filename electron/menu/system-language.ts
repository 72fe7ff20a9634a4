/**
 * The UI language to start in, from the system's preferred languages (DESIGN.md, Language and
 * access: "chosen from the system locale and switchable").
 */
import type { Language } from '../../shared/ipc/contract';

/**
 * Maps one BCP 47 tag to a shipped language, or `null` when we ship nothing close. Traditional
 * Chinese is the `Hant` script or a region that writes it (TW, HK, MO); Simplified Chinese
 * (`zh-CN`, `zh-Hans-*`) is not mapped to it.
 */
export function matchLanguage(tag: string): Language | null {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const [primary, ...rest] = parts;
  if (primary === 'en') {
    return 'en';
  }
  if (primary !== 'zh') {
    return null;
  }
  const script = rest.find((part) => part.length === 4);
  if (script !== undefined) {
    return script === 'hant' ? 'zh-TW' : null;
  }
  return rest.some((part) => part === 'tw' || part === 'hk' || part === 'mo') ? 'zh-TW' : null;
}

/** The first of `tags` (most preferred first) that we ship; English otherwise. */
export function pickInitialLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const language = matchLanguage(tag);
    if (language !== null) {
      return language;
    }
  }
  return 'en';
}
