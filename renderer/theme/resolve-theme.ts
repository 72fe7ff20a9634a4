/** Turns the theme preference into the theme actually painted. */
import type { ResolvedTheme, ThemePreference } from '../../shared/domain/settings';

export function resolveTheme(
  preference: ThemePreference,
  systemPrefersDark: boolean,
): ResolvedTheme {
  if (preference === 'system') {
    return systemPrefersDark ? 'dark' : 'light';
  }
  return preference;
}
