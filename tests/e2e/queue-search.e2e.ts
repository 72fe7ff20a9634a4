import { describe, expect, it } from 'vitest';
import { saveScreenshot, useReviewSession } from './support/review-session';

// Issue 12, point 12: a search in one Chinese script finds drafts written in the other, and the
// review screen highlights what it found, in the built app under its CSP (opencc's tables are
// data, nothing is evaluated; the session fails on any CSP violation).
describe('searching the queue across Chinese scripts', () => {
  const start = useReviewSession();

  it(
    'finds Traditional drafts from a Simplified search and highlights the matches in review',
    { timeout: 90_000 },
    async () => {
      const { session, queue, review } = await start({ locale: 'zh-TW', language: 'zh-TW' });
      const { page } = session;
      // 確認 ("confirm") is in seven of the demo's Traditional Chinese drafts; typed Simplified.
      await page.getByRole('searchbox').fill('确认');
      const rows = queue.list().getByRole('option');
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(7);
      await saveScreenshot(page, 'queue-search-simplified-finds-traditional');

      await queue.openByKeyboard(0);
      await review.waitUntilShown();
      const highlighted = () =>
        page.evaluate(() =>
          [...(CSS.highlights.get('loupe-search') ?? [])].map((range) =>
            range instanceof Range ? range.toString() : '',
          ),
        );
      await expect.poll(highlighted, { timeout: 10_000 }).not.toEqual([]);
      expect(new Set(await highlighted())).toEqual(new Set(['確認']));
      await saveScreenshot(page, 'review-search-highlight');
    },
  );
});
