/** Sizes and durations on the import screen, in the reviewer's language. */
import type { Language } from '../../../shared/ipc/contract';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** `1_572_864` → "1.5 MB" / "1.5 MB"; Intl spells the unit for the language. */
export function formatFileSize(language: Language, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** A time left: "12 sec", "3 min", "1 hr 5 min" as the language abbreviates them. */
export function formatDuration(language: Language, seconds: number): string {
  const whole = Math.max(1, Math.round(seconds));
  const part = (value: number, unit: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  if (whole < 60) {
    return part(whole, 'second');
  }
  const minutes = Math.round(whole / 60);
  if (minutes < 60) {
    return part(minutes, 'minute');
  }
  return `${part(Math.floor(minutes / 60), 'hour')} ${part(minutes % 60, 'minute')}`;
}
