/**
 * Page object for the queue screen (renderer/features/queue): the demo button on the empty queue,
 * the summary counts and the windowed listbox of drafts. Moves through the list with arrow keys
 * and opens a draft with Enter, as the list's hint tells a reviewer to.
 */
import type { Locator, Page } from 'playwright-core';
import { tabTo } from '../support/keyboard';
import type { Language } from './first-screen-page';
import { REVIEW_TEXT } from './review-text';
import type { ReviewStatus } from './review-text';

export class QueuePage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get text() {
    return REVIEW_TEXT[this.language];
  }

  loadDemoButton(): Locator {
    return this.page.getByRole('button', { name: this.text.loadDemo });
  }

  list(): Locator {
    return this.page.getByRole('listbox', { name: this.text.list });
  }

  summary(): Locator {
    return this.page.getByRole('region', { name: this.text.summary });
  }

  /** Waits until the project's queue (its listbox) is shown. */
  async waitUntilShown(): Promise<void> {
    await this.list().waitFor();
  }

  /** Tabs to "Load the demo queue", presses Enter, and waits for the queue. */
  async loadDemoByKeyboard(): Promise<void> {
    await tabTo(this.page, this.loadDemoButton(), 'the demo button');
    await this.page.keyboard.press('Enter');
    await this.waitUntilShown();
  }

  /** The number shown beside `status` in the summary bar. */
  async count(status: ReviewStatus): Promise<number> {
    const text = await this.summary()
      .getByTestId(`count-${status}`)
      .locator('.queue-summary-number')
      .textContent();
    return Number((text ?? '').replace(/[^0-9]/g, ''));
  }

  /** The option the listbox marks active (aria-activedescendant). */
  async activeOption(): Promise<Locator> {
    const id = await this.list().getAttribute('aria-activedescendant');
    if (id === null) {
      throw new Error('The queue list has no active option.');
    }
    return this.list().locator(`[id="${id}"]`);
  }

  /** Focuses the list by Tab and makes row `position` (0-based) active with Home and arrows. */
  async moveTo(position: number): Promise<void> {
    await tabTo(this.page, this.list(), 'the queue list');
    await this.page.keyboard.press('Home');
    for (let step = 0; step < position; step += 1) {
      await this.page.keyboard.press('ArrowDown');
    }
  }

  /** The id and status word of the active row. */
  async activeRow(): Promise<{ id: string; status: string }> {
    const option = await this.activeOption();
    const id = (await option.locator('.queue-row-id').textContent()) ?? '';
    const status = (await option.locator('.queue-badge').textContent()) ?? '';
    return { id: id.trim(), status: status.trim() };
  }

  /** Opens row `position` on the review screen with Enter. */
  async openByKeyboard(position: number): Promise<void> {
    await this.moveTo(position);
    await this.page.keyboard.press('Enter');
  }
}
