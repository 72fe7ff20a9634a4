import { describe, expect, it } from 'vitest';
import { openExternalLink } from '../../../electron/handlers/open-external';

function recorder() {
  const opened: string[] = [];
  return {
    opened,
    open: (url: string) => {
      opened.push(url);
      return Promise.resolve();
    },
  };
}

describe('openExternalLink', () => {
  it('opens a checked http(s) link, normalised', async () => {
    const { opened, open } = recorder();
    expect(await openExternalLink('HTTPS://Example.com/docs', open)).toEqual({ opened: true });
    expect(opened).toEqual(['https://example.com/docs']);
  });

  it.each([
    ['javascript:alert(1)', 'scheme-not-allowed'],
    ['file:///etc/passwd', 'scheme-not-allowed'],
    ['data:text/html,<script>alert(1)</script>', 'scheme-not-allowed'],
    ['app://loupe/index.html', 'scheme-not-allowed'],
    ['\\\\evil-host\\share\\payload.exe', 'not-a-url'],
    ['https://user:pass@example.com/', 'credentials-in-url'],
    [' https://example.com', 'control-characters'],
    [42, 'not-a-string'],
  ])('never hands %s to the OS (%s)', async (url, reason) => {
    const { opened, open } = recorder();
    expect(await openExternalLink(url, open)).toEqual({ opened: false, reason });
    expect(opened).toEqual([]);
  });

  it('reports a failure of the OS to open it', async () => {
    const result = await openExternalLink('https://example.com', () =>
      Promise.reject(new Error('no browser')),
    );
    expect(result).toEqual({ opened: false, reason: 'open-failed' });
  });
});
