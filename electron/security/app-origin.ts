/**
 * The renderer's one origin (DESIGN.md, Security: "the renderer is served from `app://` (never
 * `file://`)"). Every check that asks "is this us?" — navigation guards, the protocol handler and
 * the IPC sender check — compares against these constants through {@link isAppUrl}.
 */

/** The privileged scheme the renderer is served from. */
export const APP_SCHEME = 'app';
/** The only host the `app://` handler serves. */
export const APP_HOST = 'loupe';
/** `scheme://host` of the renderer. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MAX_URL_LENGTH = 4096;

/**
 * True when `value` is an absolute URL on exactly our origin: scheme `app:`, host `loupe`, no
 * credentials, no port, no whitespace or control characters. (Node's WHATWG parser reports
 * `origin === 'null'` for non-special schemes, so the parts are compared one by one.)
 */
export function isAppUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) {
    return false;
  }
  // Whitespace, control characters and backslashes let a parser see a different URL than a
  // reader does; our own URLs never contain them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(value)) {
    return false;
  }
  // The raw text must already name our origin: `app:loupe`, `app:///loupe` or `app://loupe@x`
  // would otherwise be left to the parser's forgiveness.
  if (!value.toLowerCase().startsWith(`${APP_ORIGIN}/`) && value.toLowerCase() !== APP_ORIGIN) {
    return false;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}
