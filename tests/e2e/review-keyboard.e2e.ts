import { describe, expect, it } from 'vitest';
import { REVIEW_TEXT } from './pages/review-text';
import type { ReviewStatus } from './pages/review-text';
import { axeViolations, saveScreenshot, useReviewSession } from './support/review-session';

const EDITED_TEXT = '退款將於 14 天內完成。';
const ESCALATION_NOTE = 'The refund window in the draft contradicts the policy excerpt.';
const REVIEWED = 20;

// Issue point 10: a reviewer gets through twenty demo drafts without touching the mouse, every
// decision (edits in Chinese included) survives a reload, and both screens pass axe.
describe('reviewing the demo queue by keyboard', () => {
  const start = useReviewSession();

  it(
    'approves, edits, escalates, skips and undoes 20 drafts, and keeps it all after reload',
    { timeout: 150_000 },
    async () => {
      const { session, queue, review } = await start({ locale: 'en-US', language: 'en' });
      const { page } = session;
      const text = REVIEW_TEXT.en;

      expect(await axeViolations(page), 'axe on the queue screen').toEqual([]);

      await queue.openByKeyboard(0);
      await review.waitUntilShown();
      expect(await axeViolations(page), 'axe on the review screen').toEqual([]);

      /** What each reviewed draft should end as, in queue order. */
      const outcome = new Map<string, ReviewStatus>();
      const order: string[] = [];
      const record = (id: string, status: ReviewStatus) => {
        if (!order.includes(id)) {
          order.push(id);
        }
        outcome.set(id, status);
      };
      const expectUndone = async (id: string) => {
        expect(await review.currentId()).toBe(id);
        await expect.poll(() => review.statusBadge().textContent()).toBe(text.reviewStatus.pending);
      };

      record(await review.approve(5), 'approved');
      record(await review.approve(4), 'approved');
      record(await review.skip(), 'pending');
      const undoneApproval = await review.approve(2);
      record(undoneApproval, 'approved');
      await review.undo(undoneApproval);
      await expectUndone(undoneApproval);
      record(await review.approve(3), 'approved');

      const editedId = await review.edit(EDITED_TEXT, 2);
      record(editedId, 'edited');
      record(await review.escalate(4, ESCALATION_NOTE), 'escalated');
      for (let i = 0; i < 4; i += 1) {
        record(await review.approve(4), 'approved');
      }
      record(await review.skip(), 'pending');
      const secondUndone = await review.approve(1);
      record(secondUndone, 'approved');
      await review.undo(secondUndone);
      await expectUndone(secondUndone);
      record(await review.skip(), 'pending');
      while (order.length < REVIEWED) {
        record(await review.approve(5), 'approved');
      }
      expect(order).toHaveLength(REVIEWED);
      // The next draft paints at once; "Saved" follows when the last transaction commits.
      await expect.poll(() => review.saveStatus().textContent()).toBe(text.saved);

      await page.reload();
      // A restart opens the item the reviewer was on; the list is one step back.
      await review.waitUntilShown();
      await review.backToQueue();
      await queue.waitUntilShown();
      const tally = (status: ReviewStatus) => [...outcome.values()].filter((s) => s === status);
      expect(await queue.count('approved')).toBe(tally('approved').length);
      expect(await queue.count('edited')).toBe(1);
      expect(await queue.count('escalated')).toBe(1);
      expect(tally('approved')).toHaveLength(15);

      // Row by row, with the arrow keys: each reviewed draft shows the status it was left in.
      await queue.moveTo(0);
      for (const [position, id] of order.entries()) {
        if (position > 0) {
          await page.keyboard.press('ArrowDown');
        }
        expect(await queue.activeRow()).toEqual({
          id,
          status: text.queueStatus[outcome.get(id) ?? 'pending'],
        });
      }

      // The edit's final text, exactly as typed, comes back in the editor of the edited draft.
      await queue.openByKeyboard(order.indexOf(editedId));
      await review.waitForDraft(editedId);
      expect(await review.statusBadge().textContent()).toBe(text.reviewStatus.edited);
      await review.openEditor();
      expect(await review.editor().inputValue()).toBe(EDITED_TEXT);
      await page.keyboard.press('Escape');
      await review.editor().waitFor({ state: 'detached' });
    },
  );
});

// The look of both screens, for people reviewing it (test-results/screenshots), with axe in each.
describe('review screens in each language and theme', () => {
  const start = useReviewSession();

  it.each([
    { locale: 'zh-TW', language: 'zh-TW', theme: 'light' },
    { locale: 'en-US', language: 'en', theme: 'dark' },
  ] as const)('pass axe in $language, $theme', async ({ locale, language, theme }) => {
    const { session, queue, review } = await start({ locale, language, colorScheme: theme });
    const { page } = session;
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);

    await saveScreenshot(page, `queue-${language}-${theme}`);
    expect(await axeViolations(page), 'axe on the queue screen').toEqual([]);

    await queue.openByKeyboard(0);
    await review.waitUntilShown();
    await saveScreenshot(page, `review-${language}-${theme}`);
    expect(await axeViolations(page), 'axe on the review screen').toEqual([]);
  });
});
