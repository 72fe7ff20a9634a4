/**
 * Page object for the lead's inbox (renderer/features/lead/inbox): the header's Inbox button,
 * the listbox of escalated and disputed drafts, an opened row and the lead's calls — all by
 * keyboard, as the list's hint and the buttons' key labels tell a lead to.
 */
import type { Locator, Page } from 'playwright-core';
import { tabOutOfFields, tabTo } from '../support/keyboard';
import type { Language } from './first-screen-page';

export const INBOX_TEXT = {
  en: {
    inboxButton: /^Inbox/,
    list: 'Drafts waiting for a lead',
    original: 'Original draft',
    note: 'Note to the reviewers (required to send back)',
    theme: 'Theme',
    backToQueue: 'Back to the queue',
  },
  'zh-TW': {
    inboxButton: /^收件匣/,
    list: '待組長處理的草稿',
    original: '原始草稿',
    note: '給審閱者的備註（送回佇列時必填）',
    theme: '主題',
    backToQueue: '返回佇列',
  },
} as const;

export class InboxPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get text() {
    return INBOX_TEXT[this.language];
  }

  button(): Locator {
    return this.page.getByRole('button', { name: this.text.inboxButton });
  }

  list(): Locator {
    return this.page.getByRole('listbox', { name: this.text.list });
  }

  rows(): Locator {
    return this.list().getByRole('option');
  }

  /** Tabs to the header's Inbox button and presses Enter; waits for the list. */
  async openByKeyboard(): Promise<void> {
    await tabOutOfFields(this.page);
    await tabTo(this.page, this.button(), 'the Inbox button');
    await this.page.keyboard.press('Enter');
    await this.list().waitFor();
  }

  /** The draft id of the row the cursor is on. */
  async selectedId(): Promise<string | null> {
    return this.list().getByRole('option', { selected: true }).getAttribute('data-draft-id');
  }

  /** Moves the cursor to `draftId`'s row by keyboard: K up to the top, then J down to it. */
  async selectByKeyboard(draftId: string): Promise<void> {
    const count = await this.rows().count();
    for (let step = 1; step < count; step += 1) {
      await this.press('k');
    }
    for (let step = 0; step < count; step += 1) {
      if ((await this.selectedId()) === draftId) {
        return;
      }
      await this.press('j');
    }
    throw new Error(`J and K did not reach the inbox row of ${draftId}.`);
  }

  /** Enter on the list (focus on the page, not a button); waits for the opened row. */
  async openSelected(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { name: this.text.original }).waitFor();
  }

  /** Tabs to the note, types it, tabs out, then presses the call's key. */
  async callWithNote(key: string, note: string): Promise<void> {
    await tabTo(this.page, this.page.getByRole('textbox', { name: this.text.note }), 'the note');
    await this.page.keyboard.insertText(note);
    await tabOutOfFields(this.page);
    await this.page.keyboard.press(key);
    await this.list().waitFor();
  }

  /** Presses a key on the list (J, K, Z…) with focus out of any field. */
  async press(key: string): Promise<void> {
    await tabOutOfFields(this.page);
    await this.page.keyboard.press(key);
  }

  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    await this.page.getByRole('combobox', { name: this.text.theme }).selectOption(theme);
    await this.page.waitForFunction(
      (wanted) => document.documentElement.getAttribute('data-theme') === wanted,
      theme,
    );
  }
}
