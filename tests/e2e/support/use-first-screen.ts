/**
 * Test-file helper: `const openFirstScreen = useFirstScreen()` gives a function that starts a
 * fresh session on the first screen; after each test the session is closed and the test fails if
 * the page logged a console error, threw, or violated the CSP.
 */
import { afterEach, expect } from 'vitest';
import type { ProfileOptions } from './chromium';
import { startSession } from './session';
import type { E2eSession } from './session';
import { FirstScreenPage } from '../pages/first-screen-page';

export interface FirstScreenSession {
  readonly screen: FirstScreenPage;
  readonly session: E2eSession;
}

export function useFirstScreen(): (options: ProfileOptions) => Promise<FirstScreenSession> {
  let current: E2eSession | undefined;
  afterEach(async () => {
    const session = current;
    current = undefined;
    if (session === undefined) {
      return;
    }
    await session.close();
    expect(session.problems, 'console errors, page errors or CSP violations').toEqual([]);
  });
  return async (options) => {
    current = await startSession(options);
    const screen = new FirstScreenPage(current.page, current.origin);
    await screen.open();
    return { screen, session: current };
  };
}
