/**
 * Guidelines in the reviewer's language (issue 12, point 18), in the browser build: a lead who
 * leaves the Chinese guidelines empty has Chinese reviewers shown the English ones under a note
 * that says so, and a refused settings save brings its first problem into view with focus.
 * Screenshots go to test-results/screenshots for people reviewing the look.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useReviewSession } from './support/review-session';

describe('guidelines in two languages, in zh-TW', () => {
  const start = useReviewSession();

  it('focuses a refused field, then shows English guidelines with a fallback note', async () => {
    const { session, queue, review } = await start({ locale: 'zh-TW', language: 'zh-TW' });
    const { page } = session;

    await page.getByRole('button', { name: '專案', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '專案' });
    await dialog.waitFor();

    // A blank label near the top of a long form; the save button sits at its end.
    const firstReason = dialog.getByRole('group', { name: '原因 1' });
    await firstReason.getByRole('textbox', { name: '英文標籤' }).fill('');
    await dialog.getByRole('textbox', { name: '繁體中文審閱準則（Markdown）' }).fill('');
    await dialog.getByRole('button', { name: '儲存設定' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
      .toBe('true');
    const focused = firstReason.getByRole('textbox', { name: '英文標籤' });
    expect(await focused.evaluate((element) => element === document.activeElement)).toBe(true);
    // Scrolled into the dialog's view, not left above it.
    await expect.poll(() => focused.isVisible()).toBe(true);
    const box = await focused.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 10_000) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    await saveScreenshot(page, 'project-settings-focused-error-zh-TW');

    await focused.fill('Factual error');
    await dialog.getByRole('button', { name: '儲存設定' }).click();
    await dialog.getByText('已儲存為第 2 版。').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await queue.openByKeyboard(0);
    await review.waitUntilShown();
    await page.getByRole('button', { name: '顯示審閱準則' }).click();
    const region = page.getByRole('region', { name: '審閱準則' });
    await region.getByText('這些審閱準則沒有繁體中文版本，以下顯示英文版本。').waitFor();
    await region.scrollIntoViewIfNeeded();
    expect(await region.locator('[lang="en"]').count()).toBe(1);
    await saveScreenshot(page, 'guidelines-fallback-zh-TW');
  });
});
