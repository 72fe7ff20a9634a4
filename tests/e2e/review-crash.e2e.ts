import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { QueuePage } from './pages/queue-page';
import { REVIEW_TEXT } from './pages/review-text';
import { ReviewPage } from './pages/review-page';
import {
  launchProfileAt,
  makeProfileDir,
  removeProfileDir,
  type RunningProfile,
} from './support/persistent-profile';
import { startOnDemoQueue } from './support/review-session';

const text = REVIEW_TEXT.en;
const TYPED = 'Refund in 14 days, ok?';

/** The remembered review position, read straight from the app's IndexedDB `meta` table. */
function storedPosition(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('loupe');
        open.onerror = () => fail(new Error(`Could not open IndexedDB: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta').objectStore('meta').get('reviewPosition');
          get.onerror = () => fail(new Error(`Could not read meta: ${String(get.error)}`));
          get.onsuccess = () => {
            db.close();
            done((get.result as { value?: unknown } | undefined)?.value);
          };
        };
      }),
  );
}

// DESIGN.md, reviewer row: a decision is on disk once "Saved" shows, and a crash while editing
// loses at most the last keystroke. The crash is a SIGKILL of Chromium, not a clean shutdown.
describe('decisions and edits survive a Chromium crash', () => {
  let dir: string | undefined;
  let running: RunningProfile | undefined;
  const launch = async (profileDir: string) => {
    running = await launchProfileAt(profileDir, { locale: 'en-US' });
    return running;
  };

  afterEach(async () => {
    await running?.close();
    running = undefined;
    if (dir !== undefined) {
      await removeProfileDir(dir);
      dir = undefined;
    }
  });

  it('keeps an approval made just before the crash, and the position on the next draft', async () => {
    dir = await makeProfileDir();
    const origin = inject('rendererOrigin');
    const first = await launch(dir);
    const { queue, review } = await startOnDemoQueue(first.page, origin, 'en');
    await queue.openByKeyboard(0);
    await review.waitUntilShown();
    const approvedId = await review.approve(4);
    const nextId = await review.currentId();
    await expect.poll(() => review.saveStatus().textContent()).toBe(text.saved);
    expect(first.problems).toEqual([]);
    await first.crash();

    const second = await launch(dir);
    const afterCrash = new QueuePage(second.page, 'en');
    await second.page.goto(`${origin}/`);
    // The restart opens the draft after the approved one, where the reviewer was.
    const resumed = new ReviewPage(second.page, 'en');
    await resumed.waitForDraft(nextId);
    await resumed.backToQueue();
    await afterCrash.waitUntilShown();
    expect(await afterCrash.count('approved')).toBe(1);
    await afterCrash.moveTo(0);
    expect(await afterCrash.activeRow()).toEqual({
      id: approvedId,
      status: text.queueStatus.approved,
    });
    expect(await storedPosition(second.page)).toEqual({
      projectId: expect.any(String) as unknown,
      draftId: nextId,
    });
    await second.page.keyboard.press('Enter');
    const reopened = new ReviewPage(second.page, 'en');
    await reopened.waitForDraft(approvedId);
    expect(await reopened.statusBadge().textContent()).toBe(text.reviewStatus.approved);
    expect(second.problems).toEqual([]);
  });

  it('keeps every keystroke typed into the editor right before the crash', async () => {
    dir = await makeProfileDir();
    const origin = inject('rendererOrigin');
    const first = await launch(dir);
    const { queue, review } = await startOnDemoQueue(first.page, origin, 'en');
    await queue.openByKeyboard(0);
    await review.waitUntilShown();
    const draftId = await review.currentId();
    await review.openEditor();
    await first.page.keyboard.press('ControlOrMeta+A');
    await first.page.keyboard.type(TYPED);
    expect(await review.editor().inputValue()).toBe(TYPED);
    await review.editorState(text.editorSaved).waitFor();
    expect(first.problems).toEqual([]);
    await first.crash();

    const second = await launch(dir);
    await second.page.goto(`${origin}/`);
    // Back on the same draft straight away, with the same text in the editor.
    const reopened = new ReviewPage(second.page, 'en');
    await reopened.waitForDraft(draftId);
    await reopened.openEditor();
    expect(await reopened.editor().inputValue()).toBe(TYPED);
    await reopened.editorState(text.editorRestored).waitFor();
    expect(second.problems).toEqual([]);
  });
});
