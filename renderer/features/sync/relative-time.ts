/**
 * Times relative to now in the reviewer's language, through Intl.RelativeTimeFormat: "5 minutes
 * ago" / "5 分鐘前" for the last sync, "in 30 seconds" / "30 秒後" for the next retry.
 */
import type { Language } from '../../../shared/ipc/contract';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

type Style = Intl.RelativeTimeFormatStyle;

const formatters = new Map<string, Intl.RelativeTimeFormat>();

function formatter(language: Language, style: Style = 'long'): Intl.RelativeTimeFormat {
  let found = formatters.get(`${language}/${style}`);
  if (found === undefined) {
    found = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style });
    formatters.set(`${language}/${style}`, found);
  }
  return found;
}

/**
 * A past moment in the largest whole unit ("2 hours ago"), or null under a minute — the caller
 * says "just now" in its own words, since the screen refreshes this once a minute.
 */
export function formatTimeAgo(language: Language, at: string, now: number): string | null {
  // Never "in 1 minute": a moment just after the clock's last tick is still the past.
  const seconds = Math.min(0, Math.round((Date.parse(at) - now) / 1000));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return formatter(language).format(Math.trunc(seconds / size), unit);
    }
  }
  return null;
}

/**
 * A moment to come, in seconds under two minutes, else in minutes: "in 45 seconds", or with
 * `short` (the header, where room is scarce) "in 45 sec.".
 */
export function formatTimeUntil(
  language: Language,
  at: number,
  now: number,
  style: Style = 'long',
): string {
  const seconds = Math.max(0, Math.ceil((at - now) / 1000));
  return seconds < 120
    ? formatter(language, style).format(seconds, 'second')
    : formatter(language, style).format(Math.round(seconds / 60), 'minute');
}
