/**
 * Test-file helper: `const openFirstScreen = useFirstScreen()` gives a function that starts a
 * fresh session on the first screen; after each test the session is closed and the test fails if
 * the page logged a console error, threw, or violated the CSP.
 */
import type { ProfileOptions } from './chromium';
import { useHealthySession } from './session';
import type { E2eSession } from './session';
import { FirstScreenPage } from '../pages/first-screen-page';

export interface FirstScreenSession {
  readonly screen: FirstScreenPage;
  readonly session: E2eSession;
}

export function useFirstScreen(): (options: ProfileOptions) => Promise<FirstScreenSession> {
  const open = useHealthySession();
  return async (options) => {
    const current = await open(options);
    const screen = new FirstScreenPage(current.page, current.origin);
    await screen.open();
    return { screen, session: current };
  };
}
