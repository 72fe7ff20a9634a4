import { act, cleanup, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CheatsheetHost,
  ShortcutCheatsheet,
} from '../../../../renderer/features/keyboard/shortcut-cheatsheet';
import { useReviewShortcuts } from '../../../../renderer/features/keyboard/use-review-shortcuts';
import { useKeymapStore } from '../../../../renderer/stores/keymap/keymap-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import type { Language } from '../../../../shared/ipc/contract';
import { resetAppEnvironment } from '../../support/app-env';
import { renderInI18n } from './render-in-i18n';

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open
      </button>
      <ShortcutCheatsheet open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function ReviewScreen() {
  useReviewShortcuts({});
  return (
    <>
      <button type="button">draft</button>
      <CheatsheetHost />
    </>
  );
}

const keyOf = (dialog: HTMLElement, actionName: string) =>
  within(within(dialog).getByRole('rowheader', { name: actionName }).closest('tr')!).getByRole(
    'cell',
  ).textContent;

beforeEach(async () => {
  await resetAppEnvironment();
  useKeymapStore.getState().reset();
  useNavigationStore.getState().reset();
  await useKeymapStore.getState().load();
});
afterEach(cleanup);

describe('ShortcutCheatsheet', () => {
  it.each<[Language, string, string, string]>([
    ['en', 'Keyboard shortcuts', 'Approve', 'Save the edit'],
    ['zh-TW', '鍵盤快速鍵', '核准', '儲存編輯'],
  ])('lists remapped keys and editor keys (%s)', async (language, title, approve, save) => {
    await useKeymapStore.getState().assignKey('approve', 'q');
    const { user } = renderInI18n(<Opener />, language);

    await user.click(screen.getByRole('button', { name: 'open' }));

    const dialog = screen.getByRole('dialog', { name: title });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(keyOf(dialog, approve)).toBe('Q');
    expect(keyOf(dialog, save)).toMatch(/Enter/);
    expect(within(dialog).getAllByRole('rowheader')).toHaveLength(8 + 2);
  });

  it('moves focus in, closes on Escape and gives focus back', async () => {
    const { user } = renderInI18n(<Opener />);
    const opener = screen.getByRole('button', { name: 'open' });

    await user.click(opener);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const { user } = renderInI18n(<Opener />);
    await user.click(screen.getByRole('button', { name: 'open' }));

    await user.tab();
    await user.tab();

    expect(screen.getByRole('dialog')).toContainElement(document.activeElement as HTMLElement);
  });

  it('opens from ? on the review screen, where decision keys then stay quiet', async () => {
    const { user } = renderInI18n(<ReviewScreen />);
    screen.getByRole('button', { name: 'draft' }).focus();

    await user.keyboard('?');
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.keyboard('?');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'draft' })).toHaveFocus();
  });

  it('opens from the menu flag (zh-TW) and clears it on close', async () => {
    const { user } = renderInI18n(<CheatsheetHost />, 'zh-TW');

    act(() => useNavigationStore.getState().setCheatsheetOpen(true));
    expect(await screen.findByRole('dialog', { name: '鍵盤快速鍵' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '關閉' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useNavigationStore.getState().cheatsheetOpen).toBe(false);
  });
});
