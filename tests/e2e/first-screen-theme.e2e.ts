import { describe, expect, it } from 'vitest';
import { useFirstScreen } from './support/use-first-screen';

// The default theme is "system": the screen follows the operating system's colour scheme.
describe('first screen theme follows the system colour scheme', () => {
  const openFirstScreen = useFirstScreen();

  it('is dark when the system prefers dark', async () => {
    const { screen } = await openFirstScreen({ locale: 'en-US', colorScheme: 'dark' });

    expect(await screen.documentTheme()).toBe('dark');
    expect(await screen.themeSelect('en').inputValue()).toBe('system');
  });

  it('is light when the system prefers light', async () => {
    const { screen } = await openFirstScreen({ locale: 'en-US', colorScheme: 'light' });

    expect(await screen.documentTheme()).toBe('light');
  });
});
