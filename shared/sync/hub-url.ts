/**
 * The hub address a person types into the Team hub screen, checked before anything is sent to
 * it or a token is stored for it: http(s) only, no user name or password in the URL (the token
 * travels in a header), no query or fragment. Plain http is allowed (a hub on this machine or a
 * team's LAN); the screen says when a remote hub is reached without TLS.
 */

export type HubUrlProblem = 'empty' | 'unparseable' | 'scheme' | 'credentials' | 'query';

export type HubUrlCheck =
  { ok: true; url: string; secure: boolean } | { ok: false; problem: HubUrlProblem };

/** Loopback hosts, where plain http never leaves the machine. */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function checkHubUrl(input: string): HubUrlCheck {
  const text = input.trim();
  if (text === '') {
    return { ok: false, problem: 'empty' };
  }
  let parsed: URL;
  try {
    // A bare host ("hub.example.com:8787") is read as https, the safe default.
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'unparseable' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, problem: 'scheme' };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, problem: 'credentials' };
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    return { ok: false, problem: 'query' };
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  return {
    ok: true,
    url: `${parsed.origin}${path}`,
    secure: parsed.protocol === 'https:' || LOOPBACK.test(parsed.hostname),
  };
}

/** The origin a Content-Security-Policy's `connect-src` must name for this hub. */
export function hubOrigin(url: string): string {
  return new URL(url).origin;
}
