/**
 * How the statistics screen writes numbers: always through Intl in the UI language
 * (docs/glossary.md, "Numbers and dates"), an undefined statistic (NaN, no data) as a dash, and
 * an agreement value below the overlap minimum as the words that say why.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/ipc/contract';
import { NO_PROMPT_VERSION } from '../../../../shared/stats/group-keys';
import type { AgreementValue } from '../../../../shared/stats/not-enough-overlap';

export const DASH = '–';

export function formatInteger(language: Language, value: number): string {
  return Number.isFinite(value) ? new Intl.NumberFormat(language).format(value) : DASH;
}

/** A fraction (0.25) as a percentage ("25.0%"). */
export function formatPercent(language: Language, value: number): string {
  return Number.isFinite(value)
    ? new Intl.NumberFormat(language, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value)
    : DASH;
}

/** κ, α and other coefficients: two decimals. */
export function formatCoefficient(language: Language, value: number): string {
  return Number.isFinite(value)
    ? new Intl.NumberFormat(language, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(value)
    : DASH;
}

/** Milliseconds as seconds with one decimal ("12.5 s" / "12.5 秒"). */
export function formatSeconds(language: Language, ms: number): string {
  return Number.isFinite(ms)
    ? new Intl.NumberFormat(language, {
        style: 'unit',
        unit: 'second',
        maximumFractionDigits: 1,
      }).format(ms / 1000)
    : DASH;
}

export function formatAgreement(
  t: TFunction,
  language: Language,
  value: AgreementValue,
  format: (language: Language, value: number) => string = formatCoefficient,
): string {
  return value.notEnoughOverlap
    ? t('statistics.agreement.notEnoughOverlap', { count: value.items })
    : format(language, value.value);
}

/** A prompt version key, with the empty key ("no prompt version") in words. */
export function promptVersionLabel(t: TFunction, key: string): string {
  return key === NO_PROMPT_VERSION ? t('statistics.none') : key;
}

/** `YYYY-Www` as the reader writes a week ("Week 49, 2026" / "2026 年第 49 週"). */
export function weekLabel(t: TFunction, key: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  return match === null ? key : t('statistics.week', { year: match[1], week: Number(match[2]) });
}

/** `YYYY-MM-DD` (UTC) as a short date in the reader's language. */
export function dayLabel(language: Language, key: string): string {
  const date = new Date(`${key}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? key
    : new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
        date,
      );
}

/** A p-value: two significant digits, and "< 0.001" below that (more digits say nothing). */
export function formatPValue(language: Language, p: number): string {
  if (!Number.isFinite(p)) {
    return DASH;
  }
  const number = (value: number) =>
    new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(value);
  return p < 0.001 ? `< ${number(0.001)}` : number(p);
}
