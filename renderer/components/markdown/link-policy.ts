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

/** A host name without the `www.` in front and the final dot, for "is this the same site". */
function siteOf(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** The punycode host name a host as written parses to, or undefined when it is none. */
function parsedHostname(candidate: string): string | undefined {
  try {
    return new URL(candidate).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** `scheme://…` anywhere in a link's text, up to whitespace. */
const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/\S+/gi;
/** Letters of the scripts look-alike domains are built from, digits and combining marks. */
const LABEL_CHARS = '\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{sc=Armenian}\\p{N}\\p{M}';
const LABEL = `[${LABEL_CHARS}](?:[${LABEL_CHARS}-]*[${LABEL_CHARS}])?`;
/** The last label: two characters or more, one of them a letter. */
const TOP_LABEL = `(?=[\\p{N}\\p{M}-]*\\p{L})[${LABEL_CHARS}][${LABEL_CHARS}-]*[${LABEL_CHARS}]`;
/**
 * A domain name in a link's text: labels joined by dots, ending in a top label with a letter, so
 * `1.5`, `e.g.` and `NT$1,280.50` are not domains. Han is not a label character, so "前往apple.com"
 * names apple.com.
 */
const DOMAIN_IN_TEXT = new RegExp(`(?:${LABEL}\\.)+${TOP_LABEL}`, 'gu');

/**
 * Whether a link's visible text names a site other than `hostname` (the href's real, punycode
 * host): `[bank.example](https://evil.example)`, `[https://bank.example/?evil.example](…evil…)`,
 * `[apple.com](https://аpple.com)`. Compared as parsed hosts, case-insensitively and without a
 * leading `www.`; text naming no host at all ("the docs") names no other one.
 */
export function textNamesOtherHost(text: string, hostname: string): boolean {
  const site = siteOf(hostname);
  const named: string[] = [];
  const rest = text.replace(URL_IN_TEXT, (url) => {
    const host = parsedHostname(url);
    if (host !== undefined) {
      named.push(host);
    }
    return ' ';
  });
  for (const [domain] of rest.matchAll(DOMAIN_IN_TEXT)) {
    named.push(parsedHostname(`https://${domain}`) ?? domain);
  }
  return named.some((host) => siteOf(host) !== site);
}

/** The authority (`user@host:port`) of a URL as written, or '' when it has none. */
function writtenAuthority(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i.exec(url.trim())?.[1] ?? '';
}

/**
 * Whether a link's host is an internationalised one: written with characters outside ASCII
 * (`https://аpple.com`, Cyrillic а), or already in punycode (`xn--…`, also percent-encoded). Its
 * text may look like a familiar site, so the ASCII host is always shown beside it.
 */
export function hostIsInternational(written: string, hostname: string): boolean {
  // eslint-disable-next-line no-control-regex -- "not ASCII" is the point
  return /[^\u0000-\u007f]/.test(writtenAuthority(written)) || /(^|\.)xn--/i.test(hostname);
}
