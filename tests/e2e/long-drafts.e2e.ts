/**
 * Long drafts in a real Chromium (issue 12, point 4): a 1 MB draft on one line, beside a source
 * of the same size, froze the window for 15–30 s on open and again around the editor, because
 * the whole text was parsed as markdown and laid out at once (and quoted again in the hints).
 * The review screen must show such a text in its long-text mode (plain text in parts, only those
 * near the screen laid out), keep every pane within the window, and open the editor. How long it
 * takes is measured by the bench (`npm run bench`, long-draft rows), not here.
 * Screenshots: long-draft-review.png, long-draft-editor.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useReviewSession } from './support/review-session';

const SENTENCE = 'The refund of NT$1,280 for order A-1024 goes back to the card within five days. ';
const ONE_LINE = SENTENCE.repeat(Math.ceil(1_048_576 / SENTENCE.length));

/**
 * Stores the draft in the demo project as an import would (draft row and queue entry), first in
 * the queue; its source is as long. Written straight to IndexedDB: the import of a 2 MB row is
 * the import's own business, this test is about showing it.
 */
function storeLongDraft(page: Page): Promise<void> {
  return page.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('loupe');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['drafts', 'queueEntries'], 'readwrite');
      const base = { projectId: 'loupe-demo', priority: 1000, status: 'pending' };
      const createdAt = '2026-01-01T00:00:00.000Z';
      tx.objectStore('drafts').put({
        ...base,
        id: 'long-1',
        createdAt,
        context: [{ kind: 'ticket', title: 'Ticket', text: `Where is my refund? ${text}` }],
        draft: text,
        model: { name: 'bot' },
        metadata: {},
      });
      tx.objectStore('queueEntries').put({
        ...base,
        draftId: 'long-1',
        rank: -1000,
        createdAt,
        arrival: 0,
        model: 'bot',
        preview: text.slice(0, 280),
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, ONE_LINE);
}

/** The long draft's edit buffer as stored on this device (undefined when there is none). */
function storedEdit(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('loupe');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const rows = await new Promise<{ draftId: string; text: string }[]>((resolve, reject) => {
      const request = db.transaction('editBuffers').objectStore('editBuffers').getAll();
      request.onsuccess = () => resolve(request.result as { draftId: string; text: string }[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    return rows.find((row) => row.draftId === 'long-1')?.text;
  });
}

/** Widths that show whether some text made its box wider than the window. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const widest = (selector: string) =>
      Math.max(
        0,
        ...[...document.querySelectorAll<HTMLElement>(selector)].map(
          (element) => element.scrollWidth - element.clientWidth,
        ),
      );
    return {
      window: window.innerWidth,
      page: document.documentElement.scrollWidth,
      panes: widest('.split-pane'),
      draftRight: Math.max(
        ...[...document.querySelectorAll('.draft-pane')].map(
          (pane) => pane.getBoundingClientRect().right,
        ),
      ),
    };
  });
}

describe('a 1 MB one-line draft on the review screen (issue 12, point 4)', () => {
  const start = useReviewSession();

  it(
    'is shown in parts, within the window, in review and in the editor',
    { timeout: 180_000 },
    async () => {
      const { session, queue, review } = await start({ locale: 'en-US', language: 'en' });
      const { page } = session;
      await storeLongDraft(page);
      await page.reload();
      await queue.waitUntilShown();
      await queue.openByKeyboard(0);
      await review.waitForDraft('long-1');

      // The long-text mode, in the draft and in the source, with its note.
      const draft = page.locator('.draft-pane [data-long-text]');
      await expect.poll(() => draft.count()).toBe(1);
      await expect
        .poll(() => draft.getByRole('note').textContent())
        .toMatch(/^Long text: 1,048,\d{3} characters on 1 line/);
      expect(await page.locator('.source-panel [data-long-text]').count()).toBeGreaterThan(0);
      // Only the parts near the screen hold text: a screenful, not a megabyte.
      const laidOut = await draft
        .locator('[data-part]')
        .evaluateAll((parts) => parts.filter((part) => part.textContent !== '').length);
      expect(laidOut).toBeGreaterThan(0);
      expect(laidOut).toBeLessThan(12);
      const inReview = await overflow(page);
      expect(inReview.page, JSON.stringify(inReview)).toBeLessThanOrEqual(inReview.window);
      expect(inReview.panes, JSON.stringify(inReview)).toBeLessThanOrEqual(0);
      expect(inReview.draftRight, JSON.stringify(inReview)).toBeLessThanOrEqual(inReview.window);
      // The hints quote around their values, not whole 50,000-character sentences.
      const hints = (await page.locator('.grounding').textContent()) ?? '';
      expect(hints.length).toBeLessThan(20_000);
      await saveScreenshot(page, 'long-draft-review');

      await review.openEditor();
      // The editor edits the megabyte in parts: a few small textareas, not one holding it all.
      const editor = page.locator('.draft-editor');
      await expect
        .poll(() => editor.getByRole('note').textContent())
        .toMatch(/^Long text: 1,048,\d{3} characters, edited in \d+ parts/);
      expect(await editor.locator('textarea.draft-editor-text').count()).toBe(0);
      const boxes = editor.locator('textarea.draft-part');
      const holding = await boxes.evaluateAll(
        (parts) => (parts as HTMLTextAreaElement[]).filter((part) => part.value !== '').length,
      );
      expect(holding).toBeGreaterThan(0);
      expect(holding).toBeLessThan(6);
      const longest = await boxes.evaluateAll((parts) =>
        Math.max(...(parts as HTMLTextAreaElement[]).map((part) => part.value.length)),
      );
      expect(longest).toBeLessThanOrEqual(4_000);
      const first = boxes.first();
      await expect.poll(() => first.evaluate((box) => box === document.activeElement)).toBe(true);
      const inEditor = await overflow(page);
      expect(inEditor.page, JSON.stringify(inEditor)).toBeLessThanOrEqual(inEditor.window);
      expect(inEditor.panes, JSON.stringify(inEditor)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, 'long-draft-editor');

      // Scrolled to the middle, the parts there are put in the page, and still only a few.
      await editor.locator('.draft-parts').evaluate((box) => {
        box.scrollTop = box.scrollHeight / 2;
      });
      await expect
        .poll(() =>
          boxes.evaluateAll((parts) =>
            parts.some((part) => Number((part as HTMLElement).dataset.part) > 100),
          ),
        )
        .toBe(true);
      expect(
        await boxes.evaluateAll(
          (parts) => (parts as HTMLTextAreaElement[]).filter((part) => part.value !== '').length,
        ),
      ).toBeLessThan(12);
      await saveScreenshot(page, 'long-draft-editor-scrolled');
      await boxes.first().focus();

      // A character typed at the start of the first part is in the buffer, with the whole text.
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('X');
      await expect.poll(() => storedEdit(page), { timeout: 20_000 }).toBe(`X${ONE_LINE}`);
      // Backspace at the second part's start takes the first part's last character.
      const firstLength = await boxes
        .first()
        .evaluate((box) => (box as HTMLTextAreaElement).value.length);
      await boxes.nth(1).evaluate((box) => {
        (box as HTMLTextAreaElement).focus();
        (box as HTMLTextAreaElement).setSelectionRange(0, 0);
      });
      await page.keyboard.press('Backspace');
      const edited = `X${ONE_LINE}`;
      await expect
        .poll(() => storedEdit(page), { timeout: 20_000 })
        .toBe(edited.slice(0, firstLength - 1) + edited.slice(firstLength));
    },
  );
});
