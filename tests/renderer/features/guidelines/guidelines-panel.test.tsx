/**
 * The guidelines beside the review are in the reviewer's language, and say so when they are
 * shown in the other one (issue 12, point 18).
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidelinesPanel } from '../../../../renderer/features/guidelines/guidelines-panel';
import type { Guidelines } from '../../../../shared/domain/guidelines';
import type { Language } from '../../../../shared/ipc/contract';
import { renderInI18n } from '../keyboard/render-in-i18n';

afterEach(cleanup);

async function openPanel(guidelines: Guidelines, language: Language) {
  const view = renderInI18n(<GuidelinesPanel guidelines={guidelines} />, language);
  await view.user.click(
    screen.getByRole('button', { name: language === 'en' ? 'Show guidelines' : '顯示審閱準則' }),
  );
  return screen.getByRole('region', { name: language === 'en' ? 'Guidelines' : '審閱準則' });
}

describe('the guidelines panel', () => {
  it('shows a Chinese reviewer the Chinese guidelines, with no note', async () => {
    const region = await openPanel(
      { en: '# Rules\n\nCheck amounts.', 'zh-TW': '# 規則\n\n核對金額。' },
      'zh-TW',
    );
    expect(region).toHaveTextContent('核對金額。');
    expect(region).not.toHaveTextContent('Check amounts.');
    expect(region).not.toHaveTextContent('版本');
  });

  it('shows the English ones when there are no Chinese ones, and says so first', async () => {
    const region = await openPanel({ en: '# Rules\n\nCheck amounts.', 'zh-TW': '' }, 'zh-TW');
    const note = screen.getByText('這些審閱準則沒有繁體中文版本，以下顯示英文版本。');
    expect(region).toContainElement(note);
    expect(region).toHaveTextContent('Check amounts.');
    // The shown text is marked with its own language.
    expect(screen.getByText('Check amounts.').closest('[lang]')).toHaveAttribute('lang', 'en');
  });

  it('says so in English too, for a project stored with one Chinese string', async () => {
    const region = await openPanel('# 規則\n\n核對金額。', 'en');
    expect(region).toHaveTextContent(
      'These guidelines are not available in English; showing Traditional Chinese (繁體中文).',
    );
    expect(region).toHaveTextContent('核對金額。');
  });

  it('says there are none when neither language is written', async () => {
    const region = await openPanel({ en: '', 'zh-TW': ' ' }, 'en');
    expect(region).toHaveTextContent('This project has no guidelines yet.');
  });
});
