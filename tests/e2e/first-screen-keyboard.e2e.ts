import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_TEXT } from './pages/first-screen-page';
import { useFirstScreen } from './support/use-first-screen';

// DESIGN.md: every action reachable by keyboard; settings live in IndexedDB (`meta`), so a
// choice survives a reload in a real browser profile.
describe('first screen settings by keyboard', () => {
  const openFirstScreen = useFirstScreen();

  it('switches the language with Tab and arrows, and keeps it after a reload', async () => {
    const { screen } = await openFirstScreen({ locale: 'en-US' });

    await screen.chooseByKeyboard(screen.languageSelect('en'), 'zh-TW');

    await expect.poll(() => screen.documentLanguage()).toBe('zh-TW');
    await expect
      .poll(() => screen.emptyQueueHeading().textContent())
      .toBe(FIRST_SCREEN_TEXT['zh-TW'].emptyQueue);
    expect(await screen.languageSelect('zh-TW').inputValue()).toBe('zh-TW');

    await screen.clearWebStorage();
    await screen.reload();

    expect(await screen.documentLanguage()).toBe('zh-TW');
    expect(await screen.emptyQueueHeading().textContent()).toBe(
      FIRST_SCREEN_TEXT['zh-TW'].emptyQueue,
    );
  });

  it('switches the theme with Tab and arrows, and keeps it after a reload', async () => {
    const { screen } = await openFirstScreen({ locale: 'en-US', colorScheme: 'light' });

    await screen.chooseByKeyboard(screen.themeSelect('en'), 'dark');

    await expect.poll(() => screen.documentTheme()).toBe('dark');
    expect(await screen.themeSelect('en').inputValue()).toBe('dark');

    await screen.clearWebStorage();
    await screen.reload();

    expect(await screen.documentTheme()).toBe('dark');
    expect(await screen.themeSelect('en').inputValue()).toBe('dark');
  });

  it('goes back to following the system when "system" is chosen', async () => {
    const { screen } = await openFirstScreen({ locale: 'zh-TW', colorScheme: 'dark' });

    await screen.chooseByKeyboard(screen.themeSelect('zh-TW'), 'light');
    await expect.poll(() => screen.documentTheme()).toBe('light');
    await screen.chooseByKeyboard(screen.themeSelect('zh-TW'), 'system');

    await expect.poll(() => screen.documentTheme()).toBe('dark');
  });
});
