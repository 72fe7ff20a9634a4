/**
 * Keyboard-only navigation for e2e tests: Tab until focus reaches a control, never `focus()` or
 * clicks. Reading `document.activeElement` is an observation, not an interaction.
 */
import type { Locator, Page } from 'playwright-core';

/** Tab presses allowed before giving up (the review screen has a few dozen stops). */
export const MAX_TABS = 120;

/** True when focus is on `target` or inside it. */
export function hasFocusWithin(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element.contains(document.activeElement));
}

/** Presses Tab until focus is on or inside `target`. */
export async function tabTo(page: Page, target: Locator, what = 'the control'): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if ((await target.count()) > 0 && (await hasFocusWithin(target))) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${what} within ${MAX_TABS} presses.`);
}

/** True when focus is where keys are text (a field), so single-key shortcuts do not fire. */
export function focusIsInField(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active !== null && active.closest('input, textarea, select, [contenteditable]') !== null;
  });
}

/** Presses Tab until focus leaves form fields (e.g. onto a button), so shortcuts work again. */
export async function tabOutOfFields(page: Page): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (!(await focusIsInField(page))) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not leave the form fields within ${MAX_TABS} presses.`);
}
