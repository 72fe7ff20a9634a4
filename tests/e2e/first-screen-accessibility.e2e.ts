import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Language } from './pages/first-screen-page';
import { useFirstScreen } from './support/use-first-screen';

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const combinations = (['en', 'zh-TW'] as const).flatMap((language: Language) =>
  (['light', 'dark'] as const).map((theme) => ({ language, theme })),
);

// DESIGN.md, Language and access: axe-core finds no violations on the main screens, in both
// languages and both themes. The screenshots are for people reviewing the look.
describe('first screen accessibility', () => {
  const openFirstScreen = useFirstScreen();

  it.each(combinations)(
    'has no axe violations in $language, $theme',
    async ({ language, theme }) => {
      const { screen } = await openFirstScreen({ locale: language, colorScheme: theme });
      expect(await screen.documentLanguage()).toBe(language);
      expect(await screen.documentTheme()).toBe(theme);

      const results = await new AxeBuilder({ page: screen.page }).analyze();
      await mkdir(screenshotDir, { recursive: true });
      await screen.page.screenshot({
        path: `${screenshotDir}${language}-${theme}.png`,
        fullPage: true,
      });

      const violations = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ` +
          violation.nodes.map((node) => node.target.join(' ')).join(', '),
      );
      expect(violations).toEqual([]);
    },
  );
});
