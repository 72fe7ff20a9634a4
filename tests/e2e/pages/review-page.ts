/**
 * Page object for the review screen (renderer/features/review) and what opens over it: the
 * rubric's required 1–5 rating, the draft editor and the escalate dialog. Every decision goes
 * through the keyboard: single-key shortcuts (A, E, X, S, Z) with focus outside form fields,
 * Tab and arrows to answer the rating, Ctrl+Enter to save an edit or submit an escalation.
 */
import type { Locator, Page } from 'playwright-core';
import { tabOutOfFields, tabTo } from '../support/keyboard';
import type { Language } from './first-screen-page';
import { REVIEW_TEXT } from './review-text';

export class ReviewPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get text() {
    return REVIEW_TEXT[this.language];
  }

  /** The strip above the split (a <header> inside main, so no banner role of its own). */
  header(): Locator {
    return this.page.locator('header.review-header');
  }

  draftHeading(): Locator {
    return this.header().getByRole('heading', { level: 2 });
  }

  statusBadge(): Locator {
    return this.header().locator('.status-badge');
  }

  saveStatus(): Locator {
    return this.header().getByRole('status');
  }

  toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: this.text.toolbar });
  }

  ratingGroup(): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${this.text.rating}`) });
  }

  ratingRadio(value: number): Locator {
    return this.ratingGroup().getByRole('radio', { name: String(value), exact: true });
  }

  editor(): Locator {
    return this.page.getByRole('textbox', { name: this.text.editor, exact: true });
  }

  editorState(text: string): Locator {
    return this.page.locator('.draft-editor-state', { hasText: text });
  }

  escalateDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.text.escalateTitle });
  }

  /** Back to the queue by keyboard: focus the header's back button and press Enter. */
  async backToQueue(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.backToQueue, exact: true }).focus();
    await this.page.keyboard.press('Enter');
  }

  /** Waits until the review screen shows a draft. */
  async waitUntilShown(): Promise<void> {
    await this.draftHeading().waitFor();
  }

  /** The id of the draft on screen, from the heading "Draft <id>" / "草稿 <id>". */
  async currentId(): Promise<string> {
    const heading = (await this.draftHeading().textContent()) ?? '';
    return heading.trim().split(/\s+/).pop() ?? '';
  }

  /** Waits until the draft on screen is no longer `id` (a decision saved and moved on). */
  async waitForDraftOtherThan(id: string): Promise<void> {
    await this.page.waitForFunction(
      (previous) =>
        !document.querySelector('header.review-header h2')?.textContent?.endsWith(` ${previous}`),
      id,
    );
  }

  /** Waits until the draft on screen is `id`. */
  async waitForDraft(id: string): Promise<void> {
    await this.page.waitForFunction(
      (wanted) =>
        document.querySelector('header.review-header h2')?.textContent?.endsWith(` ${wanted}`) ??
        false,
      id,
    );
  }

  /** Tabs into the rating, checks `value` with Space and arrow keys, then Tabs out of fields. */
  async answerRating(value: number): Promise<void> {
    await tabTo(this.page, this.ratingGroup(), 'the rating');
    // Tab enters an unanswered radio group on its first radio; Space checks it, arrows move on.
    await this.page.keyboard.press('Space');
    const checked = await this.ratingGroup().evaluate((group) =>
      Number(group.querySelector<HTMLInputElement>('input:checked')?.value ?? 0),
    );
    const key = value > checked ? 'ArrowRight' : 'ArrowLeft';
    for (let step = 0; step < Math.abs(value - checked); step += 1) {
      await this.page.keyboard.press(key);
    }
    if (!(await this.ratingRadio(value).isChecked())) {
      throw new Error(`The rating ${value} is not checked after using the keyboard.`);
    }
    await tabOutOfFields(this.page);
  }

  /** Presses a single-key shortcut and waits for the next draft (the decision was saved). */
  private async decideAndWait(key: string): Promise<string> {
    const id = await this.currentId();
    await this.page.keyboard.press(key);
    await this.waitForDraftOtherThan(id);
    return id;
  }

  /** Rates, approves with A; returns the approved draft's id once the next one shows. */
  async approve(rating = 4): Promise<string> {
    await this.answerRating(rating);
    return this.decideAndWait('a');
  }

  /** Skips with S; returns the skipped draft's id. */
  async skip(): Promise<string> {
    await tabOutOfFields(this.page);
    return this.decideAndWait('s');
  }

  /** Opens the editor with E and waits for its focused textarea. */
  async openEditor(): Promise<void> {
    await tabOutOfFields(this.page);
    await this.page.keyboard.press('e');
    await this.editor().waitFor();
    await this.page.waitForFunction(() => document.activeElement instanceof HTMLTextAreaElement);
  }

  /**
   * Rates, opens the editor, replaces its text with `text` (inserted as an IME would commit it),
   * waits for "Saved locally" and for the diff (computed in a Web Worker) to read as the new
   * text once its deletions are left out, saves with Ctrl+Enter; returns the edited draft's id.
   */
  async edit(text: string, rating = 3): Promise<string> {
    await this.answerRating(rating);
    const id = await this.currentId();
    await this.openEditor();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(text);
    await this.editorState(this.text.editorSaved).waitFor();
    await this.page.waitForFunction(
      (typed) =>
        [...document.querySelectorAll('.draft-diff-body > :not(del)')]
          .map((node) => node.textContent ?? '')
          .join('') === typed,
      text,
    );
    await this.page.keyboard.press('ControlOrMeta+Enter');
    await this.waitForDraftOtherThan(id);
    return id;
  }

  /**
   * Escalates with X: picks the reason at `reasonPosition` (1-based, after the placeholder) with
   * arrow keys, Tabs to the note, types it, submits with Ctrl+Enter; returns the draft's id.
   */
  async escalate(reasonPosition: number, note: string): Promise<string> {
    await tabOutOfFields(this.page);
    const id = await this.currentId();
    await this.page.keyboard.press('x');
    const dialog = this.escalateDialog();
    await dialog.waitFor();
    const reason = dialog.getByRole('combobox', { name: this.text.reason });
    await tabTo(this.page, reason, 'the reason select');
    for (let step = 0; step < reasonPosition; step += 1) {
      await this.page.keyboard.press('ArrowDown');
    }
    await tabTo(this.page, dialog.getByRole('textbox', { name: this.text.note }), 'the note');
    await this.page.keyboard.insertText(note);
    await this.page.keyboard.press('ControlOrMeta+Enter');
    await dialog.waitFor({ state: 'detached' });
    await this.waitForDraftOtherThan(id);
    return id;
  }

  /** Undoes with Z and waits until `expectedId` is back on screen. */
  async undo(expectedId: string): Promise<void> {
    await tabOutOfFields(this.page);
    await this.page.keyboard.press('z');
    await this.waitForDraft(expectedId);
  }
}
