/**
 * Every number (and Date) put into a translated sentence is written with Intl in the UI language
 * (issue 12, point 19: `3 / 10786` reached the screen without grouping). A value a caller has
 * already formatted arrives as a string and is left alone; so is every other non-number. This is
 * i18next's formatter module with `alwaysFormat`, so it holds for keys added later too, without
 * each caller remembering to format.
 */
import type { FormatterModule } from 'i18next';

const integers = new Map<string, Intl.NumberFormat>();
const decimals = new Map<string, Intl.NumberFormat>();

function formatterFor(cache: Map<string, Intl.NumberFormat>, lng: string, fractions: boolean) {
  let found = cache.get(lng);
  if (found === undefined) {
    // A fraction keeps every digit it has (a judge's score of 0.8765 stays 0.8765).
    found = new Intl.NumberFormat(lng, fractions ? { maximumFractionDigits: 20 } : {});
    cache.set(lng, found);
  }
  return found;
}

const dates = new Map<string, Intl.DateTimeFormat>();

/** A number in the locale's digits and grouping, a Date as the locale writes it; else as is. */
export function formatInterpolated(value: unknown, lng: string | undefined): unknown {
  const language = lng ?? 'en';
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    let format = dates.get(language);
    if (format === undefined) {
      // The same style as format.ts's formatDateTime, which most callers use directly.
      format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
      dates.set(language, format);
    }
    return format.format(value);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return value;
  }
  return formatterFor(
    Number.isInteger(value) ? integers : decimals,
    language,
    !Number.isInteger(value),
  ).format(value);
}

export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  // i18next types the result as a string; a non-number goes back as it came, as its own
  // formatter does when no format is named.
  format: (value, _format, lng) => formatInterpolated(value, lng) as string,
  // Named formats (`{{n, number}}`) are not used: every number is formatted already.
  add: () => undefined,
  addCached: () => undefined,
};
