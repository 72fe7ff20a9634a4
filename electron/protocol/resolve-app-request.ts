/**
 * Maps an `app://loupe/...` request URL to a file inside the renderer's build folder
 * (DESIGN.md, Security: "the renderer is served from `app://` (never `file://`)").
 *
 * The URL comes from the renderer, which displays untrusted drafts, so it is treated as hostile:
 * traversal (raw or percent-encoded), absolute paths, drive letters, UNC paths, backslashes, null
 * bytes, credentials and other hosts are refused *before* any path is built, and the final path
 * is checked again to be inside `rootDir`. Chromium canonicalises URLs before they reach the
 * handler; these checks are the second line, not the only one.
 */
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../security/app-origin';

/** Where a request leads: a file to serve, or an HTTP status to answer with. */
export type AppRequestResolution =
  { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const MAX_URL_LENGTH = 4096;
const DRIVE_LETTER = /^[a-z]:/i;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f-\u009f\\]/;

function refuse(status: 400 | 403 | 404, reason: string): AppRequestResolution {
  return { ok: false, status, reason };
}

/**
 * Resolves `url` to a file under `rootDir` (an absolute path), or says why not. `/` serves
 * `index.html`; the query and fragment are ignored.
 */
export function resolveAppRequest(url: unknown, rootDir: string): AppRequestResolution {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) {
    return refuse(400, 'bad-url');
  }
  if (CONTROL_OR_BACKSLASH.test(url)) {
    return refuse(400, 'bad-characters');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(400, 'bad-url');
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) {
    return refuse(403, 'wrong-scheme');
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return refuse(403, 'credentials-in-url');
  }
  if (parsed.hostname.toLowerCase() !== APP_HOST || parsed.port !== '') {
    return refuse(403, 'wrong-host');
  }
  // Read the path as written, not as the parser normalised it: `new URL` silently folds
  // `/a/../b` into `/b`, which would hide a traversal attempt instead of refusing it.
  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  if (/%(2f|5c)/i.test(rawPath)) {
    // An encoded separator is never part of a real asset name; it only exists to smuggle one.
    return refuse(403, 'encoded-separator');
  }
  let decoded: string;
  try {
    // Decoded exactly once: `%252e` stays the literal text `%2e` and is never decoded again.
    decoded = decodeURIComponent(rawPath === '' ? '/' : rawPath);
  } catch {
    return refuse(400, 'bad-percent-encoding');
  }
  if (CONTROL_OR_BACKSLASH.test(decoded)) {
    return refuse(400, 'bad-characters');
  }
  if (decoded === '/') {
    decoded = '/index.html';
  }
  const segments = decoded.split('/').slice(1);
  for (const segment of segments) {
    if (segment === '.' || segment === '..') {
      return refuse(403, 'traversal');
    }
    if (segment === '') {
      // `//x` (an absolute path after decoding `%2f`) or a directory listing: never served.
      return refuse(403, 'empty-segment');
    }
    if (DRIVE_LETTER.test(segment) || segment.includes(':')) {
      return refuse(403, 'drive-or-stream');
    }
  }
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return refuse(403, 'outside-root');
  }
  return { ok: true, filePath };
}
