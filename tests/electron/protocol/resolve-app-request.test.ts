import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../electron/protocol/resolve-app-request';

const root = path.resolve('/srv/loupe/dist/renderer');

function servedFile(url: string): string | undefined {
  const result = resolveAppRequest(url, root);
  return result.ok ? result.filePath : undefined;
}

describe('resolveAppRequest', () => {
  it.each([
    ['app://loupe/', 'index.html'],
    ['app://loupe', 'index.html'],
    ['app://loupe/index.html', 'index.html'],
    ['app://loupe/index.html?x=1#/queue', 'index.html'],
    ['app://loupe/assets/index-3f2a.js', 'assets/index-3f2a.js'],
    ['app://loupe/fonts/Noto%20Sans%20TC.woff2', 'fonts/Noto Sans TC.woff2'],
    ['app://loupe/assets/%E6%B8%AC%E8%A9%A6.svg', 'assets/測試.svg'],
  ])('serves %s from %s inside the build folder', (url, relative) => {
    expect(servedFile(url)).toBe(path.join(root, relative));
  });

  it.each([
    ['app://loupe/../secrets.json', 'traversal'],
    ['app://loupe/assets/../../etc/passwd', 'traversal'],
    ['app://loupe/./index.html', 'traversal'],
    ['app://loupe/%2e%2e/%2e%2e/etc/passwd', 'traversal'],
    ['app://loupe/%2E%2E/etc/passwd', 'traversal'],
    ['app://loupe/.%2e/etc/passwd', 'traversal'],
    ['app://loupe/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'encoded-separator'],
    ['app://loupe/%2fetc%2fpasswd', 'encoded-separator'],
    ['app://loupe/..%5c..%5cwindows%5cwin.ini', 'encoded-separator'],
    ['app://loupe//etc/passwd', 'empty-segment'],
    ['app://loupe/assets/', 'empty-segment'],
    ['app://loupe/C:/Windows/win.ini', 'drive-or-stream'],
    ['app://loupe/c:%2fwindows', 'encoded-separator'],
    ['app://loupe/index.html:secret', 'drive-or-stream'],
    ['app://other/index.html', 'wrong-host'],
    ['app://loupe.evil.example/index.html', 'wrong-host'],
    ['app://loupe:444/index.html', 'wrong-host'],
    ['app://user:pw@loupe/index.html', 'credentials-in-url'],
    ['app://user@loupe/index.html', 'credentials-in-url'],
    ['file:///etc/passwd', 'wrong-scheme'],
    ['https://loupe/index.html', 'wrong-scheme'],
    ['javascript:alert(1)', 'wrong-scheme'],
    ['data:text/html,hi', 'wrong-scheme'],
  ])('refuses %s (%s)', (url, reason) => {
    const result = resolveAppRequest(url, root);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason });
  });

  it.each([
    ['app://loupe/..\\..\\windows\\win.ini'],
    ['app://loupe/\\\\server\\share\\x'],
    ['app://loupe/%5c%5cserver%5cshare'],
    ['app://loupe/index.html%00.png'],
    ['app://loupe/index.html\u0000'],
    ['app://loupe/%E0%A4%A'],
    ['not a url'],
    [''],
    [`app://loupe/${'a'.repeat(5000)}`],
  ])('rejects the malformed %s', (url) => {
    const result = resolveAppRequest(url, root);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ status: expect.any(Number) as number });
  });

  it('decodes once: a double-encoded dot-dot stays a literal name inside the root', () => {
    const filePath = servedFile('app://loupe/%252e%252e/secrets.json');
    expect(filePath).toBe(path.join(root, '%2e%2e', 'secrets.json'));
    expect(path.relative(root, filePath ?? '/')).not.toMatch(/^\.\./);
  });

  it('refuses non-strings', () => {
    expect(resolveAppRequest(undefined, root).ok).toBe(false);
    expect(resolveAppRequest({ url: 'app://loupe/' }, root).ok).toBe(false);
  });

  it('answers 403 for refusals and 400 for garbage', () => {
    expect(resolveAppRequest('app://loupe/../x', root)).toMatchObject({ status: 403 });
    expect(resolveAppRequest('app://other/', root)).toMatchObject({ status: 403 });
    expect(resolveAppRequest('app://loupe/%zz', root)).toMatchObject({ status: 400 });
  });
});
