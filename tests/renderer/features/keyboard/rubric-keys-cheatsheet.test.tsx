import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShortcutCheatsheet } from '../../../../renderer/features/keyboard/shortcut-cheatsheet';
import { useReviewShortcuts } from '../../../../renderer/features/keyboard/use-review-shortcuts';
import { useKeymapStore } from '../../../../renderer/stores/keymap/keymap-store';
import type { Language } from '../../../../shared/ipc/contract';
import { resetAppEnvironment } from '../../support/app-env';
import { renderInI18n } from './render-in-i18n';

beforeEach(async () => {
  await resetAppEnvironment();
  useKeymapStore.getState().reset();
  await useKeymapStore.getState().load();
});
afterEach(cleanup);

describe('rubric digit keys in the cheatsheet', () => {
  it.each<[Language, string, string, RegExp]>([
    ['en', 'Rubric', 'Answer the rubric', /first required rating/],
    ['zh-TW', '評分表', '回答評分表', /必填評分/],
  ])('lists 1–9 for the rubric (%s)', (language, section, term, hint) => {
    renderInI18n(<ShortcutCheatsheet open onClose={() => undefined} />, language);

    const dialog = screen.getByRole('dialog');
    const rubric = within(dialog).getByRole('region', { name: section });
    const row = within(rubric).getByRole('term').parentElement!;
    expect(within(row).getByRole('term')).toHaveTextContent(term);
    expect(within(row).getByRole('definition')).toHaveTextContent(/^1–9$/);
    expect(rubric).toHaveTextContent(hint);
  });
});

function Rating(props: { approve: () => void; next: () => void }) {
  useReviewShortcuts(props);
  return (
    <fieldset>
      <legend>Quality</legend>
      <input type="radio" name="q" aria-label="1" />
      <input type="radio" name="q" aria-label="2" />
      <input type="text" aria-label="note" />
    </fieldset>
  );
}

describe('review keys on a focused radio button', () => {
  it('decide there (a radio button takes no text), but leave it its arrows', async () => {
    const handlers = { approve: vi.fn(), next: vi.fn() };
    render(<Rating {...handlers} />);
    const user = userEvent.setup();
    await useKeymapStore.getState().assignKey('next', 'ArrowDown');
    const radio = screen.getByRole('radio', { name: '1' });
    radio.focus();

    await user.keyboard('a');
    expect(handlers.approve).toHaveBeenCalledOnce();

    const arrow = fireEvent.keyDown(radio, { key: 'ArrowDown' });
    expect(arrow).toBe(true);
    expect(handlers.next).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'note' }), 'a');
    expect(handlers.approve).toHaveBeenCalledOnce();
  });
});
