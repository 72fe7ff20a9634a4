import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../shared/security/external-url';

describe('checkExternalUrl', () => {
  it.each([
    ['https://example.com/docs?q=1#x', 'https://example.com/docs?q=1#x'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.COM/A', 'https://example.com/A'],
  ])('lets %s through as %s', (input, href) => {
    expect(checkExternalUrl(input)).toEqual({ ok: true, url: href });
  });

  it.each([
    ['javascript:alert(1)', 'scheme-not-allowed'],
    ['JaVaScRiPt:alert(1)', 'scheme-not-allowed'],
    ['file:///etc/passwd', 'scheme-not-allowed'],
    ['file://server/share/x', 'scheme-not-allowed'],
    ['data:text/html,<script>alert(1)</script>', 'scheme-not-allowed'],
    ['app://loupe/index.html', 'scheme-not-allowed'],
    ['smb://host/share', 'scheme-not-allowed'],
    ['\\\\evil-host\\share\\payload.exe', 'not-a-url'],
    ['//evil.example/path', 'not-a-url'],
    ['/relative/path', 'not-a-url'],
    ['https://user:pass@example.com/', 'credentials-in-url'],
    ['https://user@example.com/', 'credentials-in-url'],
    [' https://example.com', 'control-characters'],
    ['java\tscript:alert(1)', 'control-characters'],
    ['https://exa\nmple.com', 'control-characters'],
    ['', 'bad-length'],
    [`https://example.com/${'a'.repeat(3000)}`, 'bad-length'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(checkExternalUrl(input)).toEqual({ ok: false, reason });
  });

  it.each([[undefined], [null], [42], [{ href: 'https://example.com' }]])(
    'refuses the non-string %s',
    (input) => {
      expect(checkExternalUrl(input)).toEqual({ ok: false, reason: 'not-a-string' });
    },
  );
});
