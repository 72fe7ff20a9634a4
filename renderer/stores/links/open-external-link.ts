/**
 * Opening a link from untrusted text in the system browser: the one action screens call for it,
 * so features never hold the bridge. The bridge (and main) check the URL again before opening.
 */
import type { OpenExternalResult } from '../../../shared/ipc/contract';
import { getBridge } from '../../platform/current-bridge';

/** Opens `url`; a missing bridge or a failed call reports "not opened", never throws. */
export function openExternalLink(url: string): Promise<OpenExternalResult> {
  return Promise.resolve()
    .then(() => getBridge().openExternal(url))
    .catch(() => ({ opened: false as const, reason: 'bridge-error' }));
}
