/**
 * Installs the permission policy on a session (DESIGN.md, Security: "permission requests
 * denied"). Both the request handler (prompts) and the check handler (synchronous queries) are
 * set, because Chromium consults either depending on the API; device pickers (HID, USB, serial)
 * are refused outright.
 */
import type { Session } from 'electron';
import { isPermissionAllowed } from './permission-policy';

/** Applies {@link isPermissionAllowed} to every permission request and check of `session`. */
export function setupPermissionHandlers(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(permission, contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
