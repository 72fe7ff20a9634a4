/**
 * A project's reviewer guidelines in both UI languages, like every other project label. Either
 * language may be left empty: a reviewer whose language is missing is shown the other one, and
 * told so. Projects (and hub records) saved before guidelines had two languages hold one plain
 * string; that form stays readable everywhere and is never rewritten until the settings are
 * saved again, so no stored project needs a migration.
 */
import { z } from '../validation/zod';

export type GuidelinesLanguage = 'en' | 'zh-TW';

export const GUIDELINES_LANGUAGES: readonly GuidelinesLanguage[] = ['en', 'zh-TW'];

/** Markdown in each language; an empty (or blank) text means "not written in this language". */
export interface LocalizedGuidelines {
  en: string;
  'zh-TW': string;
}

/** As stored and sent: one plain string (saved before two languages existed) or both. */
export type Guidelines = string | LocalizedGuidelines;

/** Longest guidelines text per language, in UTF-16 code units (about 50 pages of markdown). */
export const MAX_GUIDELINES_LENGTH = 200_000;

const guidelinesText = z.string().max(MAX_GUIDELINES_LENGTH, 'tooLong');

/** Either form; the plain string is kept as it came (old apps and old hub records send it). */
export const guidelinesSchema = z.union([
  guidelinesText,
  z.object({ en: guidelinesText, 'zh-TW': guidelinesText }),
]);

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * The language a one-string guideline was most likely written in. It was written before the
 * project could say, so the script decides: mostly Han characters is Traditional Chinese (the
 * only Chinese the app ships), anything else English. Guessing wrong costs a mislabelled
 * fallback note; guessing nothing would show Chinese text under "English" in the editor.
 */
export function languageOfLegacyGuidelines(text: string): GuidelinesLanguage {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return han > 0 && han >= latin ? 'zh-TW' : 'en';
}

/** Both languages, whichever form was stored. */
export function guidelinesByLanguage(guidelines: Guidelines): LocalizedGuidelines {
  if (typeof guidelines !== 'string') {
    return { en: guidelines.en, 'zh-TW': guidelines['zh-TW'] };
  }
  const localized: LocalizedGuidelines = { en: '', 'zh-TW': '' };
  localized[languageOfLegacyGuidelines(guidelines)] = guidelines;
  return localized;
}

const written = (text: string) => text.trim() !== '';

/** What a reviewer reading in `language` is shown. */
export type GuidelinesToShow =
  | { kind: 'none' }
  | { kind: 'shown'; text: string; language: GuidelinesLanguage; fallback: boolean };

/**
 * The guidelines in `language` when they are written in it, else in the other language with
 * `fallback` set (the panel says so), else none.
 */
export function guidelinesToShow(
  guidelines: Guidelines,
  language: GuidelinesLanguage,
): GuidelinesToShow {
  const localized = guidelinesByLanguage(guidelines);
  if (written(localized[language])) {
    return { kind: 'shown', text: localized[language], language, fallback: false };
  }
  const other = GUIDELINES_LANGUAGES.find((candidate) => written(localized[candidate]));
  return other === undefined
    ? { kind: 'none' }
    : { kind: 'shown', text: localized[other], language: other, fallback: true };
}
