/**
 * Page object for first start: the onboarding section that asks the reviewer's display name
 * (renderer/features/profile). Keyboard only: Tab to the field, type, Enter submits the form.
 */
import type { Locator, Page } from 'playwright-core';
import { tabTo } from '../support/keyboard';
import type { Language } from './first-screen-page';
import { REVIEW_TEXT } from './review-text';

export class OnboardingPage {
  constructor(
    readonly page: Page,
    private readonly language: Language,
  ) {}

  section(): Locator {
    return this.page.getByTestId('onboarding');
  }

  nameField(): Locator {
    return this.page.getByRole('textbox', { name: REVIEW_TEXT[this.language].nameLabel });
  }

  /** Loads the app on a fresh profile and waits for the onboarding. */
  async open(origin: string): Promise<void> {
    await this.page.goto(`${origin}/`);
    await this.section().waitFor();
  }

  /** Types the name into the field and submits with Enter; waits until onboarding is gone. */
  async enterName(name: string): Promise<void> {
    await tabTo(this.page, this.nameField(), 'the display-name field');
    await this.page.keyboard.insertText(name);
    await this.page.keyboard.press('Enter');
    await this.section().waitFor({ state: 'detached' });
  }
}
