/**
 * The hub address check (shared/sync/hub-url.ts), with hostile input: the address decides where
 * the token is sent, so anything but a plain http(s) address with no credentials, query or
 * fragment is refused, and what is kept is the URL parser's own normal form.
 */
import { describe, expect, it } from 'vitest';
import { checkHubUrl, hubOrigin } from '../../../shared/sync/hub-url';

describe('checkHubUrl', () => {
  it.each([
    ['https://hub.example.com', 'https://hub.example.com', true],
    ['https://hub.example.com/', 'https://hub.example.com', true],
    ['https://hub.example.com/team/loupe//', 'https://hub.example.com/team/loupe', true],
    ['  HTTPS://Hub.Example.COM:8443  ', 'https://hub.example.com:8443', true],
    ['hub.example.com:8787', 'https://hub.example.com:8787', true],
    ['http://localhost:8787', 'http://localhost:8787', true],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787', true],
    ['http://[::1]:8787', 'http://[::1]:8787', true],
    ['http://192.168.1.20:8787', 'http://192.168.1.20:8787', false],
    ['http://hub.example.com', 'http://hub.example.com', false],
    // An empty query or fragment is no query or fragment: the parser drops it.
    ['https://hub.example.com/?#', 'https://hub.example.com', true],
  ])('accepts %j as %j (secure: %s)', (input, url, secure) => {
    expect(checkHubUrl(input)).toEqual({ ok: true, url, secure });
  });

  it.each([
    ['', 'empty'],
    ['   \n\t', 'empty'],
    ['javascript://%0Aalert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['ftp://hub.example.com', 'scheme'],
    ['ws://hub.example.com', 'scheme'],
    ['https://rita:secret@hub.example.com', 'credentials'],
    ['https://rita@hub.example.com', 'credentials'],
    ['https://:secret@hub.example.com', 'credentials'],
    ['https://hub.example.com/?token=abc', 'query'],
    ['https://hub.example.com/#admin', 'query'],
    ['https://', 'unparseable'],
    ['http://exa mple.com', 'unparseable'],
    ['https://hub.example.com:99999', 'unparseable'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(checkHubUrl(input)).toEqual({ ok: false, problem });
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:rita@hub.example.com',
    'about:blank',
  ])('refuses %j, whichever way the parser reads it', (input) => {
    expect(checkHubUrl(input).ok).toBe(false);
  });

  it('does not count a host that merely starts like loopback as loopback', () => {
    for (const input of [
      'http://localhost.evil.example',
      'http://127.0.0.1.evil.example',
      'http://evil.example/127.0.0.1',
    ]) {
      expect(checkHubUrl(input)).toMatchObject({ ok: true, secure: false });
    }
  });

  it('keeps unicode hosts in their ASCII (punycode) form, so a look-alike shows as what it is', () => {
    expect(checkHubUrl('https://審閱.example/團隊')).toEqual({
      ok: true,
      url: 'https://xn--vdtq85k.example/%E5%9C%98%E9%9A%8A',
      secure: true,
    });
    // A Cyrillic "а" in place of a Latin "a".
    const lookalike = checkHubUrl('https://hub.exаmple.com');
    expect(lookalike.ok && lookalike.url).toMatch(/^https:\/\/hub\.xn--/);
    for (const input of [
      'https://審閱.example',
      'https://ｈｕｂ.example',
      'https://hub.exаmple.com',
    ]) {
      const checked = checkHubUrl(input);
      expect(checked.ok && /^[\x21-\x7e]+$/.test(checked.url)).toBe(true);
    }
  });

  it('keeps no control characters or white space in what it returns', () => {
    const checked = checkHubUrl('https://hub.example.com/a\tb\nc');
    expect(checked.ok && /^[\x21-\x7e]+$/.test(checked.url)).toBe(true);
  });
});

describe('hubOrigin', () => {
  it('is the scheme, host and port a CSP names', () => {
    expect(hubOrigin('https://hub.example.com/team')).toBe('https://hub.example.com');
    expect(hubOrigin('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(hubOrigin('https://hub.example.com:443/x')).toBe('https://hub.example.com');
  });
});
