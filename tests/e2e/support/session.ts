/**
 * One e2e session: a fresh Chromium profile with the page-health watcher, on the served renderer.
 * Tests call `close()` in a `finally` or an `afterEach` so a failing test leaves no browser behind.
 */
import { afterEach, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshProfile } from './chromium';
import type { ProfileOptions } from './chromium';
import { watchPageHealth } from './page-health';

export interface E2eSession {
  readonly page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  readonly problems: string[];
  /** The served renderer's origin, e.g. `http://127.0.0.1:40123`. */
  readonly origin: string;
  close(): Promise<void>;
}

export async function startSession(options: ProfileOptions): Promise<E2eSession> {
  const profile = await launchFreshProfile(options);
  try {
    const problems = await watchPageHealth(profile.context);
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    return { page, problems, origin: inject('rendererOrigin'), close: () => profile.close() };
  } catch (error) {
    await profile.close();
    throw error;
  }
}

/**
 * One healthy session per test: `open` starts it, and after the test it is closed and the test
 * fails if the page logged an error, threw, or broke the CSP while it ran.
 */
export function useHealthySession(): (options: ProfileOptions) => Promise<E2eSession> {
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
    return current;
  };
}
