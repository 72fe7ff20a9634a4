import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeymapSettings } from '../../../../renderer/features/keyboard/keymap-settings';
import { DEFAULT_KEYMAP } from '../../../../renderer/stores/keymap/keymap-keys';
import { useKeymapStore } from '../../../../renderer/stores/keymap/keymap-store';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';
import { renderInI18n } from './render-in-i18n';

const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

beforeEach(async () => {
  await resetAppEnvironment();
  useKeymapStore.getState().reset();
  await useKeymapStore.getState().load();
});
afterEach(cleanup);

describe('KeymapSettings', () => {
  it('captures the next key, announces the capture and keeps the remap', async () => {
    const { user } = renderInI18n(<KeymapSettings />);

    await user.click(screen.getByRole('button', { name: 'Change the key for Approve' }));
    const announcer = screen.getByTestId('keymap-capture-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent('Press the new key for Approve, or Escape to cancel.');
    await user.keyboard('q');

    expect(within(row('Approve')).getByText('Q')).toBeInTheDocument();
    expect(await within(row('Approve')).findByText('Approve is now Q.')).toBeInTheDocument();
    simulateRestart();
    useKeymapStore.getState().reset();
    await useKeymapStore.getState().load();
    expect(useKeymapStore.getState().keymap.approve).toBe('q');
  });

  it('refuses a taken key naming its action, and can swap instead', async () => {
    const { user } = renderInI18n(<KeymapSettings />);

    await user.click(screen.getByRole('button', { name: 'Change the key for Approve' }));
    await user.keyboard('j');

    expect(
      await within(row('Approve')).findByText('J is already used by Next draft.'),
    ).toBeVisible();
    expect(useKeymapStore.getState().keymap).toEqual(DEFAULT_KEYMAP);

    await user.click(screen.getByRole('button', { name: 'Swap keys with Next draft' }));
    expect(useKeymapStore.getState().keymap).toMatchObject({ approve: 'j', next: 'a' });
  });

  it('explains why Enter, a lone Shift or a Ctrl chord cannot be used', async () => {
    const { user } = renderInI18n(<KeymapSettings />);
    const change = () => screen.getByRole('button', { name: 'Change the key for Skip' });

    await user.click(change());
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(await within(row('Skip')).findByText(/Enter can't be a shortcut/)).toBeVisible();

    await user.click(change());
    await user.keyboard('{Shift}');
    expect(await within(row('Skip')).findByText(/Shift can't be a shortcut/)).toBeVisible();

    await user.click(change());
    await user.keyboard('{Control>}s{/Control}');
    expect(within(row('Skip')).getByText(/can't use Ctrl, Alt or Cmd/)).toBeVisible();
    expect(useKeymapStore.getState().keymap.skip).toBe('s');
  });

  it('accepts ? typed with Shift', async () => {
    const { user } = renderInI18n(<KeymapSettings />);
    await useKeymapStore.getState().assignKey('cheatsheet', 'h');

    await user.click(screen.getByRole('button', { name: 'Change the key for Undo last decision' }));
    await user.keyboard('{Shift>}?{/Shift}');

    expect(useKeymapStore.getState().keymap.undo).toBe('?');
  });

  it('cancels on Escape and resets to defaults (zh-TW)', async () => {
    const { user } = renderInI18n(<KeymapSettings />, 'zh-TW');
    await useKeymapStore.getState().assignKey('edit', 'w');

    await user.click(screen.getByRole('button', { name: '變更「編輯」的按鍵' }));
    await user.keyboard('{Escape}');
    expect(within(row('編輯')).getByText('未變更：「編輯」仍是 W。')).toBeVisible();

    await user.click(screen.getByRole('button', { name: '還原為預設值' }));
    expect(await screen.findByText('所有快速鍵已還原為預設按鍵。')).toBeVisible();
    expect(useKeymapStore.getState().keymap).toEqual(DEFAULT_KEYMAP);
  });
});
