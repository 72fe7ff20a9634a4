/** Numbers and dates go through Intl so each language gets its own conventions. */
import type { Language } from '../../shared/ipc/contract';

/** `1234` → "1,234" (en) or "1,234" (zh-TW), with the locale's separators. */
export function formatCount(language: Language, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A date and time as the locale writes it, e.g. "Nov 28, 2026, 1:32 PM" / "2026年11月28日 下午1:32". */
export function formatDateTime(language: Language, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
