/**
 * The settings editor's guidelines in both languages, and a refused save that brings its first
 * problem into view (issue 12, point 18).
 */
import { cleanup, fireEvent, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_GUIDELINES_LENGTH } from '../../../../shared/domain/guidelines';
import { resetAppEnvironment } from '../../support/app-env';
import { openDemoProject, openProjectsDialog, storedProject } from './projects-harness';

const scrolled: Element[] = [];

beforeEach(async () => {
  await resetAppEnvironment();
  scrolled.length = 0;
  // jsdom lays nothing out and has no scrollIntoView: record who asked to be shown.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
});

afterEach(() => {
  cleanup();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('guidelines in both languages', () => {
  it('edits the Chinese guidelines beside the English ones and saves both', async () => {
    const id = await openDemoProject();
    const { dialog, user } = await openProjectsDialog();
    const english = within(dialog).getByRole('textbox', { name: 'English guidelines (markdown)' });
    const chinese = within(dialog).getByRole('textbox', {
      name: 'Traditional Chinese guidelines (markdown)',
    });
    // The demo project brings both.
    expect((english as HTMLTextAreaElement).value).toMatch(/\w/);
    expect((chinese as HTMLTextAreaElement).value).toMatch(/\p{Script=Han}/u);
    expect(chinese).toHaveAttribute('lang', 'zh-TW');
    fireEvent.change(chinese, { target: { value: '核對每個金額。' } });

    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(await within(dialog).findByText('Saved as version 2.')).toBeInTheDocument();
    const stored = await storedProject(id);
    expect(stored?.guidelines).toEqual({
      en: (english as HTMLTextAreaElement).value,
      'zh-TW': '核對每個金額。',
    });
  });
});

describe('a refused save', () => {
  it('scrolls the first refused field into view and focuses it', async () => {
    await openDemoProject();
    const { dialog, user } = await openProjectsDialog();
    const reasonLabel = within(within(dialog).getByRole('group', { name: 'Reason 2' })).getByRole(
      'textbox',
      { name: 'English label' },
    );
    await user.clear(reasonLabel);
    const questionLabel = within(
      within(dialog).getByRole('group', { name: 'Question 3' }),
    ).getByRole('textbox', { name: 'English label' });
    await user.clear(questionLabel);

    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Reason 2 · English label: must not be empty',
    );
    // The first problem (by place in the form), not the save button, has focus and was shown.
    expect(reasonLabel).toHaveFocus();
    expect(scrolled).toContain(reasonLabel);
  });

  it('names and focuses guidelines that are too long in one language', async () => {
    await openDemoProject('zh-TW');
    const { dialog, user } = await openProjectsDialog('zh-TW');
    const chinese = within(dialog).getByRole('textbox', { name: '繁體中文審閱準則（Markdown）' });
    fireEvent.change(chinese, { target: { value: '長'.repeat(MAX_GUIDELINES_LENGTH + 1) } });

    await user.click(within(dialog).getByRole('button', { name: '儲存設定' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('審閱準則・中文版本：');
    expect(chinese).toHaveFocus();
    expect(chinese).toHaveAttribute('aria-invalid', 'true');
    expect(scrolled).toContain(chinese);
  });
});
