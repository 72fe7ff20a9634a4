/**
 * Test-file helper for the review flow: `const start = useReviewSession()` gives a function that
 * starts a fresh session, names the reviewer and loads the demo queue, all by keyboard. After each
 * test the session is closed and the test fails on any console error, page error or CSP violation.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Language } from '../pages/first-screen-page';
import { OnboardingPage } from '../pages/onboarding-page';
import { QueuePage } from '../pages/queue-page';
import { ReviewPage } from '../pages/review-page';
import type { ProfileOptions } from './chromium';
import { useHealthySession } from './session';
import type { E2eSession } from './session';

export interface ReviewSession {
  readonly session: E2eSession;
  readonly queue: QueuePage;
  readonly review: ReviewPage;
}

export const REVIEWER_NAME = 'Mei-Ling 林';

/** Onboarding, then the demo queue: the app's first-start path, by keyboard only. */
export async function startOnDemoQueue(
  page: Page,
  origin: string,
  language: Language,
): Promise<{ queue: QueuePage; review: ReviewPage }> {
  const onboarding = new OnboardingPage(page, language);
  await onboarding.open(origin);
  await onboarding.enterName(REVIEWER_NAME);
  const queue = new QueuePage(page, language);
  await queue.loadDemoByKeyboard();
  return { queue, review: new ReviewPage(page, language) };
}

export function useReviewSession(): (
  options: ProfileOptions & { language: Language },
) => Promise<ReviewSession> {
  const open = useHealthySession();
  return async (options) => {
    const current = await open(options);
    const pages = await startOnDemoQueue(current.page, current.origin, options.language);
    return { session: current, ...pages };
  };
}

/** axe-core's violations on the page as readable lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ` +
      violation.nodes.map((node) => node.target.join(' ')).join(', '),
  );
}

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** Saves a full-page screenshot to test-results/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}
