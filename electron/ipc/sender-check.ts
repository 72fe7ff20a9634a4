/**
 * Who may call an IPC handler (DESIGN.md, Security: "every IPC handler checks the sender";
 * CONVENTIONS.md §3). A message is accepted only from a webContents that is one of our windows,
 * from its top frame, whose document is on `app://loupe`. A frame that navigated elsewhere, an
 * iframe, or a webContents we did not create (a devtools extension, a future BrowserView) is
 * refused even though the preload may run there.
 */
import { isAppUrl } from '../security/app-origin';

/** The parts of an IPC event the check reads (structural, so tests need no Electron). */
export interface SenderInfo<Sender> {
  sender: Sender;
  senderFrame: { url: string; parent: unknown } | null | undefined;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

/** Checks an IPC event's sender against `isTrustedSender` and our origin. */
export function checkSender<Sender>(
  event: SenderInfo<Sender>,
  isTrustedSender: (sender: Sender) => boolean,
): SenderVerdict {
  if (!isTrustedSender(event.sender)) {
    return { ok: false, reason: 'untrusted-sender' };
  }
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) {
    // The frame navigated away or was destroyed before the message was handled.
    return { ok: false, reason: 'no-sender-frame' };
  }
  if (frame.parent !== null && frame.parent !== undefined) {
    return { ok: false, reason: 'not-top-frame' };
  }
  if (!isAppUrl(frame.url)) {
    return { ok: false, reason: 'wrong-origin' };
  }
  return { ok: true };
}
