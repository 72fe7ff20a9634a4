/**
 * Hostile model text in a real Chromium (issue 12): drafts imported from a file with markdown
 * nested forty levels deep, a right-to-left override inside an amount, a zero-width space in an
 * id, a link to a look-alike (Cyrillic) domain and single line breaks. The review screen must
 * stay readable: the nested text keeps a useful width, the control characters are drawn as
 * named markers and never reach the page, the link shows its real punycode host, and lines stay
 * lines. Screenshots: hostile-draft-*.png.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportPage } from './pages/import-page';
import { OnboardingPage } from './pages/onboarding-page';
import { QueuePage } from './pages/queue-page';
import { ReviewPage } from './pages/review-page';
import { REVIEWER_NAME, saveScreenshot } from './support/review-session';
import { useHealthySession } from './support/session';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loupe-hostile-e2e-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NESTED = `${'> '.repeat(40)}Deeply quoted, and still a sentence you can read.\n\n${Array.from(
  { length: 30 },
  (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`,
).join('\n')}`;
const TRICKS = [
  'Your refund of NT$\u202E0821\u202C is on its way.',
  'Booking 8QZ\u200BJTD is confirmed.',
  'Log in at [apple.com](https://\u0430pple.com/login) to see it.',
  'Safe travels,',
  'Northwind Air',
].join('\n');

async function hostileFile(): Promise<string> {
  const row = (id: string, response: string) =>
    JSON.stringify({ id, question: 'Where is my refund?', response, model: 'bot' });
  const path = join(dir, 'hostile.jsonl');
  await writeFile(path, `${row('h1-nested', NESTED)}\n${row('h2-tricks', TRICKS)}\n`);
  return path;
}

describe('hostile drafts on the review screen (issue 12)', () => {
  const open = useHealthySession();

  it('stay readable and inert in Chromium', { timeout: 90_000 }, async () => {
    const session = await open({ locale: 'en-US' });
    const { page } = session;
    const onboarding = new OnboardingPage(page, 'en');
    await onboarding.open(session.origin);
    await onboarding.enterName(REVIEWER_NAME);
    const importer = new ImportPage(page, 'en');
    await importer.chooseFile(await hostileFile());
    await importer.checkIntoNewProject('Hostile drafts');
    expect(await importer.importValidRows()).toContain('2 added');
    await importer.openQueue();
    const queue = new QueuePage(page, 'en');
    await queue.waitUntilShown();

    // The queue preview marks the override instead of letting it reverse the amount.
    const preview = page.locator('.queue-row-text', { hasText: 'Your refund' });
    await expect.poll(() => preview.textContent()).toContain('NT$RLO0821PDF');

    await queue.openByKeyboard(0);
    const review = new ReviewPage(page, 'en');
    await review.waitForDraft('h1-nested');
    const deepest = page.locator('.draft-pane p', { hasText: 'Deeply quoted' });
    const width = (await deepest.boundingBox())?.width ?? 0;
    const pane = (await page.locator('.draft-pane').boundingBox())?.width ?? 0;
    // Forty levels of quotes used to leave about one letter per line.
    expect(width, `nested text width of a ${pane}px pane`).toBeGreaterThan(pane * 0.6);
    const lastLevel = page.locator('.draft-pane li', { hasText: /^level 30$/ });
    expect((await lastLevel.boundingBox())?.width ?? 0).toBeGreaterThan(pane * 0.5);
    await saveScreenshot(page, 'hostile-draft-nested');

    await page.keyboard.press('j');
    await review.waitForDraft('h2-tricks');
    const draft = page.locator('.draft-pane .markdown').first();
    const text = (await draft.textContent()) ?? '';
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
    expect(text).toContain('NT$RLO0821PDF');
    await expect
      .poll(() => draft.locator('.invisible-char').first().getAttribute('title'))
      .toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(await draft.locator('a').textContent()).toContain('xn--pple-43d.com');
    // Single line breaks stay line breaks.
    expect(await draft.locator('p br').count()).toBeGreaterThanOrEqual(4);
    await saveScreenshot(page, 'hostile-draft-tricks');
  });
});
