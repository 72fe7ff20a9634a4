/**
 * 'shell:open-external' (DESIGN.md, Security: "external links open only after a check, in the
 * system browser"). The URL comes from the renderer, which renders untrusted drafts, so it goes
 * through the one shared rule before the OS sees it.
 */
import type { OpenExternalResult } from '../../shared/ipc/contract';
import { checkExternalUrl } from '../../shared/security/external-url';

/** Opens `url` with `open` (shell.openExternal) only if `checkExternalUrl` accepts it. */
export async function openExternalLink(
  url: unknown,
  open: (url: string) => Promise<void>,
): Promise<OpenExternalResult> {
  const verdict = checkExternalUrl(url);
  if (!verdict.ok) {
    return { opened: false, reason: verdict.reason };
  }
  try {
    // The normalised href, not the raw string: what was checked is what is opened.
    await open(verdict.url);
    return { opened: true };
  } catch {
    return { opened: false, reason: 'open-failed' };
  }
}
