/**
 * Worksheet names Excel accepts (it refuses to open a file otherwise): at most 31 characters,
 * none of `[ ] : * ? / \`, not starting or ending with an apostrophe, not blank, not the name
 * Excel keeps for itself (`History`), and unique regardless of case. Titles are the reader's
 * language, so the cut never splits a surrogate pair (an emoji or a rare CJK character).
 */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
const RESERVED = new Set(['history']);

/** Cuts `text` to at most `max` UTF-16 units without leaving half a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** `title` made acceptable to Excel, or `fallback` when nothing of it is left. */
export function sheetNameOf(title: string, fallback: string): string {
  const cleaned = (value: string) =>
    cut(
      value
        .replace(FORBIDDEN, ' ')
        // Control characters cannot be typed in a tab; line breaks would come from a title.
        .replace(/\p{Cc}/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, ''),
      MAX_SHEET_NAME_LENGTH,
    ).trim();
  const name = cleaned(title);
  return name === '' ? cleaned(fallback) || 'Sheet' : name;
}

/**
 * One name per title, in order, none equal (ignoring case) to another or to a name in `taken`
 * (the "About" sheet). A clash gets ` (2)`, ` (3)`…, the title cut to make room for it.
 */
export function uniqueSheetNames(
  titles: readonly { title: string; fallback: string }[],
  taken: readonly string[] = [],
): string[] {
  const used = new Set([...taken, ...RESERVED].map((name) => name.toLocaleLowerCase('en')));
  return titles.map(({ title, fallback }) => {
    const base = sheetNameOf(title, fallback);
    let name = base;
    for (let n = 2; used.has(name.toLocaleLowerCase('en')); n += 1) {
      const suffix = ` (${n})`;
      name = `${cut(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(name.toLocaleLowerCase('en'));
    return name;
  });
}
