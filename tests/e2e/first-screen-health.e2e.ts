import { afterEach, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../electron/security/content-security-policy';
import { FirstScreenPage } from './pages/first-screen-page';
import { cspViolations } from './support/page-health';
import { startSession } from './support/session';
import type { E2eSession } from './support/session';

// The renderer runs under the CSP the app ships (DESIGN.md, Security). These tests start their
// own sessions: the negative control below must be allowed to produce a violation.
describe('first screen under the shipped Content-Security-Policy', () => {
  let session: E2eSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('is served with the app CSP and nosniff', async () => {
    session = await startSession({ locale: 'en-US' });
    const response = await session.page.goto(`${session.origin}/`);

    expect(response?.headers()['content-security-policy']).toBe(buildContentSecurityPolicy());
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  it('loads, switches settings and reloads with no console error or CSP violation', async () => {
    session = await startSession({ locale: 'en-US' });
    const screen = new FirstScreenPage(session.page, session.origin);
    await screen.open();
    await screen.chooseByKeyboard(screen.themeSelect('en'), 'dark');
    await screen.chooseByKeyboard(screen.languageSelect('en'), 'zh-TW');
    await expect.poll(() => screen.documentLanguage()).toBe('zh-TW');
    await screen.reload();

    expect(session.problems).toEqual([]);
  });

  it('would notice a CSP violation (negative control for the watcher)', async () => {
    session = await startSession({ locale: 'en-US' });
    const screen = new FirstScreenPage(session.page, session.origin);
    await screen.open();

    // What a draft's hostile HTML would try: an inline script. The CSP must block it.
    await session.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "pwned"';
      document.body.append(script);
    });

    const current = session;
    await expect.poll(() => cspViolations(current.problems).length).toBeGreaterThan(0);
    expect(await session.page.title()).not.toBe('pwned');
  });
});
