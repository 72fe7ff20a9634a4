/** A draft's age as the locale says it ("3 days ago" / "3 天前"), through Intl.RelativeTimeFormat. */
import type { Language } from '../../../shared/ipc/contract';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const formatters = new Map<Language, Intl.RelativeTimeFormat>();

/** The largest whole unit between `createdAt` and `now`, e.g. "2 hours ago"; "now" under a minute. */
export function formatAge(language: Language, createdAt: string, now: number): string {
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    // Built once per language: rows re-render on scroll and the constructor is not cheap.
    formatter = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    formatters.set(language, formatter);
  }
  const seconds = Math.round((Date.parse(createdAt) - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return formatter.format(Math.trunc(seconds / size), unit);
    }
  }
  return formatter.format(0, 'second');
}
