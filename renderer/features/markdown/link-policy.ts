/**
 * Which link targets a draft may carry (DESIGN.md, Security: "links and images checked"). The
 * rule for leaving the app is the shared `checkExternalUrl`, so the renderer, the browser bridge
 * and the main process agree; the only addition here is the in-page `#fragment`.
 */
import { checkExternalUrl } from '../../../shared/security/external-url';

/** How a link in a draft is rendered. */
export type LinkVerdict =
  | { kind: 'external'; href: string; host: string }
  | { kind: 'fragment'; href: string }
  | { kind: 'blocked' };

/** Same cap as the external check; also keeps a hostile `#…` from carrying megabytes. */
const MAX_FRAGMENT_LENGTH = 2048;

/** Classifies a link target: an http(s) URL without credentials, an in-page fragment, or neither. */
export function classifyLink(url: string): LinkVerdict {
  // eslint-disable-next-line no-control-regex -- whitespace and controls never belong in a fragment
  if (url.startsWith('#') && url.length <= MAX_FRAGMENT_LENGTH && !/[\u0000-\u0020]/.test(url)) {
    return { kind: 'fragment', href: url };
  }
  const verdict = checkExternalUrl(url);
  if (!verdict.ok) {
    return { kind: 'blocked' };
  }
  // `host` is the punycode form (xn--…), so a look-alike Unicode domain shows as what it is.
  return { kind: 'external', href: verdict.url, host: new URL(verdict.url).host };
}

/**
 * react-markdown's `urlTransform`: the gate every `href`/`src` passes before React sees it.
 * Returns `undefined` (the attribute is dropped) for anything but an allowed link target, and for
 * every image source, because drafts never load images.
 */
export function keepSafeUrl(url: string, key: string): string | undefined {
  if (key !== 'href') {
    return undefined;
  }
  const verdict = classifyLink(url);
  return verdict.kind === 'blocked' ? undefined : verdict.href;
}

/**
 * Whether a link's visible text already names where it goes (`https://example.com`,
 * `example.com`), so the destination hint can be left out. Compared as parsed hosts, not as
 * substrings: `bank.example/?evil.example` names `bank.example`, not `evil.example`.
 */
export function textNamesHost(text: string, host: string): boolean {
  const trimmed = text.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(candidate).host === host;
  } catch {
    return false;
  }
}

/** Whether a blocked link's text is its own target (an autolink or a bare e-mail address). */
export function textIsUrl(text: string, url: string): boolean {
  return text === url || `mailto:${text}` === url;
}

/** Display cap for URLs shown as text: a `data:` URL can be megabytes of base64. */
const MAX_SHOWN_URL = 160;

/** The URL as shown to the reviewer: verbatim, cut with an ellipsis past a readable length. */
export function shownUrl(url: string): string {
  return url.length > MAX_SHOWN_URL ? `${url.slice(0, MAX_SHOWN_URL)}…` : url;
}
