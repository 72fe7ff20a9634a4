import { describe, expect, it } from 'vitest';
import { resolveChromiumPath } from './support/chromium';

// Which browser the e2e tier drives, and the message a person sees when there is none.
describe('resolveChromiumPath', () => {
  it('prefers LOUPE_CHROMIUM when it exists', () => {
    const path = resolveChromiumPath({ LOUPE_CHROMIUM: '/opt/chrome/chrome' }, () => true);

    expect(path).toBe('/opt/chrome/chrome');
  });

  it('rejects a LOUPE_CHROMIUM that does not exist instead of falling back silently', () => {
    expect(() => resolveChromiumPath({ LOUPE_CHROMIUM: '/nope' }, () => false)).toThrow(
      /LOUPE_CHROMIUM points to \/nope/,
    );
  });

  it('takes the first Debian/Ubuntu path that exists', () => {
    const present = new Set(['/usr/bin/chromium-browser', '/usr/bin/google-chrome']);

    expect(resolveChromiumPath({}, (path) => present.has(path))).toBe('/usr/bin/chromium-browser');
  });

  it('names LOUPE_CHROMIUM when no Chromium is found', () => {
    expect(() => resolveChromiumPath({}, () => false)).toThrow(/set LOUPE_CHROMIUM/);
  });
});
