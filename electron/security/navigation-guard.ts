/**
 * Where a window may navigate (DESIGN.md, Security: "navigation and new windows are denied").
 *
 * A draft is untrusted text; if a link or a script in it ever got the page to navigate, the new
 * page would inherit the preload's bridge. So the only allowed destination is our own origin.
 */
import { isAppUrl } from './app-origin';

/** True only for URLs on exactly `app://loupe`; everything else (`javascript:`, `file:`, other
 * hosts, credentials, `blob:`, `about:blank`) is refused. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}
