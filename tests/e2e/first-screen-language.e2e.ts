import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_TEXT, LANGUAGE_OPTIONS } from './pages/first-screen-page';
import { useFirstScreen } from './support/use-first-screen';

// DESIGN.md, Language and access: zh-TW and English from the first screen, chosen from the
// system locale (here the browser's) and switchable.
describe('first screen language follows the browser locale', () => {
  const openFirstScreen = useFirstScreen();

  it('shows English for an English browser', async () => {
    const { screen } = await openFirstScreen({ locale: 'en-US' });

    expect(await screen.documentLanguage()).toBe('en');
    await expect.poll(() => screen.appTitle().textContent()).toBe('Loupe');
    expect(await screen.allLevelOneHeadings().count()).toBe(1);
    expect(await screen.emptyQueueHeading().textContent()).toBe(FIRST_SCREEN_TEXT.en.emptyQueue);
    expect(await screen.emptyQueueIsInMain()).toBe(true);
    expect(await screen.options(screen.languageSelect('en'))).toEqual(LANGUAGE_OPTIONS);
    expect(await screen.languageSelect('en').inputValue()).toBe('en');
    expect((await screen.options(screen.themeSelect('en'))).map((o) => o.value)).toEqual([
      'system',
      'light',
      'dark',
    ]);
  });

  it('shows Traditional Chinese for a zh-TW browser', async () => {
    const { screen } = await openFirstScreen({ locale: 'zh-TW' });

    expect(await screen.documentLanguage()).toBe('zh-TW');
    expect(await screen.appTitle().textContent()).toBe('Loupe');
    expect(await screen.emptyQueueHeading().textContent()).toBe(
      FIRST_SCREEN_TEXT['zh-TW'].emptyQueue,
    );
    // Language names stay in their own language, so a reviewer can always find theirs.
    expect(await screen.options(screen.languageSelect('zh-TW'))).toEqual(LANGUAGE_OPTIONS);
    expect(await screen.languageSelect('zh-TW').inputValue()).toBe('zh-TW');
    expect(await screen.themeSelect('zh-TW').count()).toBe(1);
  });
});
