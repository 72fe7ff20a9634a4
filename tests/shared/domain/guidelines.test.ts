/**
 * Guidelines in both languages (issue 12, point 18): what a reviewer in each language is shown,
 * and the one-string form every stored project and older hub record still has.
 */
import { describe, expect, it } from 'vitest';
import {
  guidelinesByLanguage,
  guidelinesToShow,
  languageOfLegacyGuidelines,
} from '../../../shared/domain/guidelines';
import { MAX_GUIDELINES_LENGTH } from '../../../shared/domain/project-settings';
import { checkProjectSettings, sameSettings } from '../../../shared/domain/project-settings-check';

const settings = (guidelines: unknown) => ({
  guidelines,
  escalationReasons: [],
  rubric: { questions: [] },
});

describe('what a reviewer is shown', () => {
  const both = { en: '# Rules', 'zh-TW': '# 規則' };

  it('the guidelines in their own language when written in it', () => {
    expect(guidelinesToShow(both, 'zh-TW')).toEqual({
      kind: 'shown',
      text: '# 規則',
      language: 'zh-TW',
      fallback: false,
    });
    expect(guidelinesToShow(both, 'en')).toMatchObject({ text: '# Rules', fallback: false });
  });

  it('the other language, marked as a fallback, when theirs is empty or blank', () => {
    expect(guidelinesToShow({ en: '# Rules', 'zh-TW': '  \n' }, 'zh-TW')).toEqual({
      kind: 'shown',
      text: '# Rules',
      language: 'en',
      fallback: true,
    });
    expect(guidelinesToShow({ en: '', 'zh-TW': '# 規則' }, 'en')).toMatchObject({
      language: 'zh-TW',
      fallback: true,
    });
  });

  it('nothing when neither language is written', () => {
    expect(guidelinesToShow({ en: ' ', 'zh-TW': '' }, 'en')).toEqual({ kind: 'none' });
    expect(guidelinesToShow('', 'zh-TW')).toEqual({ kind: 'none' });
  });
});

describe('one-string guidelines of projects stored before two languages', () => {
  it('are taken as the language their script says', () => {
    expect(languageOfLegacyGuidelines('# Rules\n\nCheck every amount.')).toBe('en');
    expect(languageOfLegacyGuidelines('# 規則\n\n核對每個金額（NT$ 與 USD）。')).toBe('zh-TW');
    expect(languageOfLegacyGuidelines('')).toBe('en');
    expect(guidelinesByLanguage('# 規則')).toEqual({ en: '', 'zh-TW': '# 規則' });
    // A Chinese reviewer of an English-only legacy project is told it is English.
    expect(guidelinesToShow('# Rules', 'zh-TW')).toMatchObject({ language: 'en', fallback: true });
  });

  it('still pass the settings check as they are, and equal the same text in its language', () => {
    expect(checkProjectSettings(settings('# Rules'))).toEqual({
      ok: true,
      settings: settings('# Rules'),
    });
    expect(
      sameSettings(settings('# Rules') as never, settings({ en: '# Rules', 'zh-TW': '' }) as never),
    ).toBe(true);
    expect(
      sameSettings(settings('# Rules') as never, settings({ en: '', 'zh-TW': '# Rules' }) as never),
    ).toBe(false);
  });
});

describe('the settings check', () => {
  it('keeps both languages verbatim', () => {
    const both = settings({ en: '# Rules  \n', 'zh-TW': '# 規則\n' });
    expect(checkProjectSettings(both)).toEqual({ ok: true, settings: both });
  });

  it('names the language whose guidelines are too long', () => {
    const long = 'x'.repeat(MAX_GUIDELINES_LENGTH + 1);
    expect(checkProjectSettings(settings({ en: '', 'zh-TW': long }))).toEqual({
      ok: false,
      problems: [{ path: ['guidelines', 'zh-TW'], problem: 'tooLong' }],
    });
    expect(checkProjectSettings(settings({ en: '# Rules' }))).toMatchObject({ ok: false });
  });
});
