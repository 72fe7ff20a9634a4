/**
 * `t` over a key built at run time (a template such as `sync.rejected.reasons.${code}`).
 * Typing such a key against every key of the locales grows past TypeScript's instantiation
 * depth as the locales grow (TS2589), so these keys go through as plain strings; the callers'
 * tests check that every code has its text in both languages.
 */
import type { TFunction } from 'i18next';

type Translate = TFunction<'translation'>;

export function sayPlain(
  t: Translate,
  key: string,
  options?: Readonly<Record<string, unknown>>,
): string {
  return (t as unknown as (key: string, options?: Readonly<Record<string, unknown>>) => string)(
    key,
    options,
  );
}
