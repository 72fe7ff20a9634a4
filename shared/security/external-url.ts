/**
 * Which links may leave the app for the system browser (DESIGN.md, Security: "external links
 * open only after a check"). Used by the main process before `shell.openExternal` and by the
 * browser bridge before `window.open`, so both runtimes apply one rule.
 */
export type ExternalUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

const MAX_URL_LENGTH = 2048;

/** Accepts only absolute http(s) URLs without credentials; returns the normalised href. */
export function checkExternalUrl(value: unknown): ExternalUrlVerdict {
  if (typeof value !== 'string') {
    return { ok: false, reason: 'not-a-string' };
  }
  if (value.length === 0 || value.length > MAX_URL_LENGTH) {
    return { ok: false, reason: 'bad-length' };
  }
  // Control characters and whitespace can smuggle a different URL past naive parsers.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) {
    return { ok: false, reason: 'control-characters' };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'scheme-not-allowed' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'credentials-in-url' };
  }
  if (url.hostname === '') {
    return { ok: false, reason: 'no-host' };
  }
  return { ok: true, url: url.href };
}
