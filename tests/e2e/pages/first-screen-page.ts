/**
 * Page object for the first screen (the empty review queue). Written against the UI contract:
 * `<html lang data-theme>`, a banner holding the only h1 "Loupe", "Language" and "Theme" selects,
 * and a main landmark holding `data-testid="empty-queue"` with an h2. Keyboard helpers use Tab and
 * arrow keys only, never `focus()` or clicks, so they prove the screen works without a mouse.
 */
import type { Locator, Page } from 'playwright-core';

export type Language = 'en' | 'zh-TW';
export type ThemeChoice = 'system' | 'light' | 'dark';

/** What a reviewer reads on the first screen, per language (the contract's strings). */
export const FIRST_SCREEN_TEXT = {
  en: { language: 'Language', theme: 'Theme', emptyQueue: 'Your queue is empty' },
  'zh-TW': { language: '語言', theme: '主題', emptyQueue: '佇列是空的' },
} as const satisfies Record<Language, Record<string, string>>;

/** The language select's options: value and label, in order. */
export const LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'zh-TW', label: '繁體中文' },
] as const;

export const THEME_VALUES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Tab presses allowed to reach a control before giving up (the screen has only a few). */
const MAX_TABS = 30;

export class FirstScreenPage {
  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {}

  /** Loads the app and waits until the empty queue is shown. */
  async open(): Promise<void> {
    await this.page.goto(`${this.origin}/`);
    await this.emptyQueue().waitFor();
  }

  /** Reloads and waits for the empty queue again (settings must come back from IndexedDB). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.emptyQueue().waitFor();
  }

  /**
   * Empties localStorage and sessionStorage, so a setting that survives the next reload can only
   * have come from IndexedDB, where DESIGN.md keeps settings (the `meta` table).
   */
  clearWebStorage(): Promise<void> {
    return this.page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }

  banner(): Locator {
    return this.page.getByRole('banner');
  }

  appTitle(): Locator {
    return this.banner().getByRole('heading', { level: 1 });
  }

  allLevelOneHeadings(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  main(): Locator {
    return this.page.getByRole('main');
  }

  emptyQueue(): Locator {
    return this.page.getByTestId('empty-queue');
  }

  emptyQueueHeading(): Locator {
    return this.emptyQueue().getByRole('heading', { level: 2 });
  }

  languageSelect(shownIn: Language): Locator {
    return this.page.getByRole('combobox', {
      name: FIRST_SCREEN_TEXT[shownIn].language,
      exact: true,
    });
  }

  themeSelect(shownIn: Language): Locator {
    return this.page.getByRole('combobox', { name: FIRST_SCREEN_TEXT[shownIn].theme, exact: true });
  }

  /** Whether the empty-queue element is the main landmark or sits inside it. */
  emptyQueueIsInMain(): Promise<boolean> {
    return this.emptyQueue().evaluate((element) => element.closest('main') !== null);
  }

  documentLanguage(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  documentTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }

  /** The options of a select as `{ value, label }`, in order. */
  options(select: Locator): Promise<{ value: string; label: string }[]> {
    return select.evaluate((element) =>
      Array.from((element as HTMLSelectElement).options, (option) => ({
        value: option.value,
        label: option.label,
      })),
    );
  }

  /** Presses Tab until `target` has focus. */
  async tabTo(target: Locator): Promise<void> {
    for (let presses = 0; presses < MAX_TABS; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) {
        return;
      }
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab did not reach the control within ${MAX_TABS} presses.`);
  }

  /** Tabs to a closed select and moves its selection to `value` with the arrow keys. */
  async chooseByKeyboard(select: Locator, value: string): Promise<void> {
    await this.tabTo(select);
    const { current, target } = await select.evaluate((element, wanted) => {
      const options = Array.from((element as HTMLSelectElement).options);
      return {
        current: (element as HTMLSelectElement).selectedIndex,
        target: options.findIndex((option) => option.value === wanted),
      };
    }, value);
    if (target < 0) {
      throw new Error(`The select has no option with value "${value}".`);
    }
    const key = target > current ? 'ArrowDown' : 'ArrowUp';
    for (let step = 0; step < Math.abs(target - current); step += 1) {
      await this.page.keyboard.press(key);
    }
  }
}
