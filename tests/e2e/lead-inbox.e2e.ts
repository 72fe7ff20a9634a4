import { describe, expect, it } from 'vitest';
import { InboxPage } from './pages/inbox-page';
import { axeViolations, saveScreenshot, useReviewSession } from './support/review-session';

// Issue 14, points 1–3: a solo reviewer is their own lead. Two drafts escalated on the review
// screen reach the inbox; the lead opens one by keyboard, accepts the original with a note, takes
// it back with Z, rejects it instead; both inbox screens pass axe and are photographed in both
// languages and themes.
describe('the lead inbox, by keyboard', () => {
  const start = useReviewSession();

  it(
    'resolves an escalation, undoes it and resolves it again (en)',
    { timeout: 120_000 },
    async () => {
      const { session, queue, review } = await start({ locale: 'en-US', language: 'en' });
      const { page } = session;
      const inbox = new InboxPage(page, 'en');

      await queue.openByKeyboard(0);
      await review.waitUntilShown();
      const first = await review.escalate(1, 'The refund window contradicts the policy.');
      const second = await review.escalate(2, 'Too casual for a complaint.');

      await inbox.openByKeyboard();
      await expect.poll(() => inbox.rows().count()).toBe(2);
      expect(await inbox.selectedId()).toBe(first);
      await inbox.press('j');
      expect(await inbox.selectedId()).toBe(second);
      await inbox.press('k');
      expect(await inbox.selectedId()).toBe(first);
      expect(await axeViolations(page), 'axe on the inbox list').toEqual([]);
      await saveScreenshot(page, 'lead-inbox-list-en-light');

      await inbox.openSelected();
      await expect
        .poll(() => page.getByText('The refund window contradicts the policy.').count())
        .toBeGreaterThan(0);
      expect(await axeViolations(page), 'axe on an opened inbox row').toEqual([]);
      await saveScreenshot(page, 'lead-inbox-detail-en-light');
      await inbox.setTheme('dark');
      await saveScreenshot(page, 'lead-inbox-detail-en-dark');
      expect(await axeViolations(page), 'axe on an opened row, dark').toEqual([]);

      await inbox.callWithNote('o', 'The policy allows it for this customer.');
      await expect.poll(() => inbox.rows().count()).toBe(1);
      await saveScreenshot(page, 'lead-inbox-list-en-dark');

      await inbox.press('z');
      await expect.poll(() => inbox.rows().count()).toBe(2);
      await expect.poll(() => inbox.selectedId()).toBe(first);
      await inbox.openSelected();
      await inbox.press('r');
      await expect.poll(() => inbox.rows().count()).toBe(1);
      expect(await inbox.selectedId()).toBe(second);

      // The resolution is stored: after a reload the inbox still holds only the other draft.
      await page.reload();
      await inbox.openByKeyboard();
      await expect.poll(() => inbox.rows().count()).toBe(1);
      expect(await inbox.selectedId()).toBe(second);
    },
  );

  it(
    'shows the inbox in Traditional Chinese, dark and light, with no axe violations',
    { timeout: 120_000 },
    async () => {
      const { session, queue, review } = await start({
        locale: 'zh-TW',
        language: 'zh-TW',
        colorScheme: 'dark',
      });
      const { page } = session;
      const inbox = new InboxPage(page, 'zh-TW');
      await queue.openByKeyboard(0);
      await review.waitUntilShown();
      await review.escalate(1, '退款期限與政策不符。');

      await inbox.openByKeyboard();
      expect(await axeViolations(page), 'axe on the inbox list (zh-TW)').toEqual([]);
      await saveScreenshot(page, 'lead-inbox-list-zh-TW-dark');
      await inbox.openSelected();
      expect(await axeViolations(page), 'axe on an opened row (zh-TW)').toEqual([]);
      await saveScreenshot(page, 'lead-inbox-detail-zh-TW-dark');
      await inbox.setTheme('light');
      await saveScreenshot(page, 'lead-inbox-detail-zh-TW-light');
      expect(await axeViolations(page), 'axe on an opened row (zh-TW, light)').toEqual([]);
    },
  );
});
