import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../../electron/security/app-origin';
import { isAllowedNavigation } from '../../../electron/security/navigation-guard';

describe('isAllowedNavigation', () => {
  it.each([
    APP_ENTRY_URL,
    'app://loupe/',
    'app://loupe/index.html#/queue/42',
    'app://loupe/index.html?project=a',
    'app://loupe/assets/index-abc123.js',
  ])('allows our own page %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['file:///etc/passwd'],
    ['file://server/share/x'],
    ['data:text/html,<script>alert(1)</script>'],
    ['https://evil.example/'],
    ['http://loupe/'],
    ['https://loupe/index.html'],
    ['app://other/index.html'],
    ['app://loupe.evil.example/index.html'],
    ['app://evil.example/?app://loupe/'],
    ['app://user:pw@loupe/index.html'],
    ['app://user@loupe/index.html'],
    ['app://loupe@evil.example/index.html'],
    ['app://loupe:8080/index.html'],
    ['app:loupe/index.html'],
    ['app:///loupe/index.html'],
    ['app://loupe\\@evil/'],
    [' app://loupe/index.html'],
    ['app://lou\tpe/index.html'],
    ['app://loupe/in\ndex.html'],
    ['blob:app://loupe/0a1b2c'],
    ['about:blank'],
    ['about:srcdoc'],
    ['chrome://settings'],
    ['devtools://devtools/bundled/inspector.html'],
    ['view-source:app://loupe/index.html'],
    ['\\\\evil-host\\share\\x.html'],
    ['//evil.example/'],
    ['/index.html'],
    [''],
    [`app://loupe/${'a'.repeat(5000)}`],
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it.each([[undefined], [null], [42], [{ toString: () => APP_ENTRY_URL }]])(
    'refuses the non-string %s',
    (value) => {
      expect(isAllowedNavigation(value)).toBe(false);
    },
  );

  it('treats the bare origin as ours (permission checks pass the origin alone)', () => {
    expect(isAppUrl(APP_ORIGIN)).toBe(true);
  });
});
