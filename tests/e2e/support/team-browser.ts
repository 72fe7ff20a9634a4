/**
 * A team in one headless Chromium for the sync e2e test: each member is a browser context of
 * their own (a separate profile: own IndexedDB, localStorage and Web Locks), named at first start
 * like any reviewer, watched for console errors, page errors and CSP violations. One browser for
 * the three keeps the test light on CI's two cores.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Language } from '../pages/first-screen-page';
import { OnboardingPage } from '../pages/onboarding-page';
import { SYNC_TEXT } from '../pages/sync-text';
import { CHROMIUM_ARGS, resolveChromiumPath } from './chromium';
import { watchPageHealth } from './page-health';

export interface TeamMember {
  readonly name: string;
  readonly language: Language;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  readonly problems: string[];
}

export function launchTeamBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: resolveChromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** A new profile on `origin`, through the first-start name form; ends on the empty queue. */
export async function joinTeam(
  browser: Browser,
  origin: string,
  member: { name: string; language: Language },
): Promise<TeamMember> {
  const context = await browser.newContext({
    locale: member.language === 'en' ? 'en-US' : 'zh-TW',
    colorScheme: 'light',
    // Tall enough for the queue to draw the first 13 two-line rows the test works through.
    viewport: { width: 1280, height: 1400 },
  });
  const problems = await watchPageHealth(context);
  const page = await context.newPage();
  const onboarding = new OnboardingPage(page, member.language);
  await onboarding.open(origin);
  await onboarding.enterName(member.name);
  return { ...member, context, page, problems };
}

/**
 * The problems of `member` but for the browser's own report of a sync request to the hub that
 * could not be made (the hub stopped or killed: net::ERR_…) or was refused as unauthorized (the
 * token revoked): the situations the test makes on purpose, which the app shows in its sync
 * status. Any other answer from the hub (a 500, a 400) still counts as a problem.
 */
export function unexpectedProblems(member: TeamMember, hubUrl: string): string[] {
  const made =
    /^console error: Failed to load resource: (net::ERR_[A-Z_]+|the server responded with a status of 401 \(Unauthorized\)) \((.*)\)$/;
  return member.problems.filter((problem) => {
    const found = made.exec(problem);
    return !(found?.[2] !== undefined && found[2].startsWith(`${hubUrl}/v1/sync/`));
  });
}

/** Switches the app's language with the header's select and waits for `<html lang>`. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  const current = (await page.locator('html').getAttribute('lang')) === 'zh-TW' ? 'zh-TW' : 'en';
  if (current === language) {
    return;
  }
  await page
    .getByRole('combobox', { name: SYNC_TEXT[current].language, exact: true })
    .selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor();
}

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** Saves `target` (an element, or the whole page) to test-results/screenshots/<name>.png. */
export async function saveShot(target: Locator | Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await target.screenshot({ path: `${screenshotDir}${name}.png`, animations: 'disabled' });
}

/**
 * Screenshots of the same state in both languages: `take(language)` once in each (the app's
 * language switched between), then back to the language the member works in.
 */
export async function inBothLanguages(
  member: TeamMember,
  take: (language: Language) => Promise<void>,
): Promise<void> {
  const order: Language[] = member.language === 'en' ? ['en', 'zh-TW'] : ['zh-TW', 'en'];
  for (const language of order) {
    await switchLanguage(member.page, language);
    await take(language);
  }
  await switchLanguage(member.page, member.language);
}
