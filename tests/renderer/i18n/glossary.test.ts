/**
 * zh-TW wording (issue 12, point 19): one term per idea, as docs/glossary.md lists them, and no
 * string left in English. Both checks read the locale files as shipped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/locales/en.json';
import zhTW from '../../../renderer/i18n/locales/zh-TW.json';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value !== 'object' || value === null) {
    return { [prefix]: String(value) };
  }
  return Object.entries(value).reduce<Record<string, string>>(
    (all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const english = flatten(en);
const chinese = flatten(zhTW);

/**
 * Strings that are the same in both languages on purpose: the product's name, language names
 * written in their own language (so a reader finds theirs), key caps as printed on keyboards,
 * and names of file formats and encodings. Keys ending in `.*` allow a whole group.
 */
const SAME_IN_BOTH = [
  'app.name',
  'settings.language.*',
  'keyboard.keyNames.*',
  'import.format.*',
  'import.encoding.utf-8',
  'import.encoding.utf-16le',
  'import.encoding.utf-16be',
  'import.encoding.big5',
  'import.encoding.windows-1252',
];

const allowed = (key: string) =>
  SAME_IN_BOTH.some((entry) =>
    entry.endsWith('.*') ? key.startsWith(entry.slice(0, -1)) : key === entry,
  );

/** Nothing to translate: only placeholders, digits, punctuation and spaces (`{{a}} / {{b}}`). */
const formatOnly = (text: string) =>
  text.replace(/\{\{[^}]*\}\}/gu, '').replace(/[\s\p{P}\p{S}\p{N}]/gu, '') === '';

describe('zh-TW strings', () => {
  it('are never left identical to English, but for names and formats', () => {
    const untranslated = Object.keys(english).filter(
      (key) => chinese[key] === english[key] && !allowed(key) && !formatOnly(english[key] ?? ''),
    );
    expect(untranslated).toEqual([]);
  });

  it('catch a string left in English (the check itself works)', () => {
    const key = 'guidelines.title';
    expect(chinese[key]).not.toBe(english[key]);
    expect(allowed(key) || formatOnly(english[key] ?? '')).toBe(false);
    expect(formatOnly('{{position}} / {{total}}')).toBe(true);
    expect(formatOnly('Step {{n}}')).toBe(false);
  });
});

/** The Avoid column of docs/glossary.md: words with a chosen replacement. */
function avoidedTerms(): { avoid: string; use: string }[] {
  const glossary = readFileSync('docs/glossary.md', 'utf8');
  const rows = glossary
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| ---'))
    .slice(1) // the header
    .map((line) => line.split('|').map((cell) => cell.trim()));
  return rows.flatMap(([, , use = '', avoid = '']) =>
    avoid === '' ? [] : avoid.split('、').map((term) => ({ avoid: term, use })),
  );
}

describe('the glossary', () => {
  it('lists the terms the issue named', () => {
    const terms = avoidedTerms();
    expect(terms).toEqual(
      expect.arrayContaining([
        { avoid: '轉呈', use: '呈報、已呈報' },
        { avoid: '你', use: '您' },
        { avoid: '脈絡', use: '背景資料' },
        { avoid: '回到佇列', use: '返回佇列' },
      ]),
    );
  });

  it('is followed by every zh-TW string', () => {
    const misses = avoidedTerms().flatMap(({ avoid, use }) =>
      Object.entries(chinese)
        .filter(([, text]) => text.includes(avoid))
        .map(([key]) => `${key}: uses ${avoid}, the glossary says ${use}`),
    );
    expect(misses).toEqual([]);
  });
});
