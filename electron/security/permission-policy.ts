/**
 * Which web permissions the renderer gets (DESIGN.md, Security: "permission requests denied").
 *
 * Everything is denied — camera, microphone, geolocation, notifications, clipboard reads, HID,
 * USB, serial… — with one exception: `persistent-storage` for our own origin. DESIGN.md (Local
 * store) has the renderer call `navigator.storage.persist()` so the reviewer's decisions are never
 * evicted under disk pressure; denying it would silently make the only copy of unsynced work
 * evictable. It grants no capability beyond keeping our own IndexedDB.
 */
import { isAppUrl } from './app-origin';

/** True only for `persistent-storage` asked by `app://loupe`. */
export function isPermissionAllowed(permission: string, requestingUrl: unknown): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl);
}
