/**
 * The review screen's keys must decide drafts only when the reviewer means it: never while
 * typing (above all with a Chinese IME), never with Ctrl/Cmd/Alt, never by holding a key.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  useReviewShortcuts,
  type ReviewShortcutHandlers,
  type ReviewShortcutOptions,
} from '../../../../renderer/features/keyboard/use-review-shortcuts';
import { useKeymapStore } from '../../../../renderer/stores/keymap/keymap-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { resetAppEnvironment } from '../../support/app-env';

function Screen(props: { handlers: ReviewShortcutHandlers; options?: ReviewShortcutOptions }) {
  useReviewShortcuts(props.handlers, props.options);
  return (
    <div>
      <textarea aria-label="note" />
      <input aria-label="search" />
      <div contentEditable suppressContentEditableWarning aria-label="rich">
        text
      </div>
      <button type="button">focusable</button>
    </div>
  );
}

function setup(options?: ReviewShortcutOptions) {
  const handlers = { approve: vi.fn(), next: vi.fn(), skip: vi.fn() };
  const view = render(<Screen handlers={handlers} options={options} />);
  return { handlers, view };
}

beforeEach(async () => {
  await resetAppEnvironment();
  useKeymapStore.getState().reset();
  useNavigationStore.getState().reset();
  await useKeymapStore.getState().load();
});
afterEach(cleanup);

describe('useReviewShortcuts', () => {
  it('calls the handler mapped to the key, in either case', async () => {
    const { handlers } = setup();
    const user = userEvent.setup();

    await user.keyboard('a');
    await user.keyboard('{Shift>}A{/Shift}');
    await user.keyboard('j');

    expect(handlers.approve).toHaveBeenCalledTimes(2);
    expect(handlers.next).toHaveBeenCalledTimes(1);
  });

  it('follows a remapped key', async () => {
    const { handlers } = setup();
    await useKeymapStore.getState().assignKey('approve', 'q');

    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.keyDown(window, { key: 'q' });

    expect(handlers.approve).toHaveBeenCalledTimes(1);
  });

  it('prevents the default only for keys it handles', () => {
    setup();
    const handled = new KeyboardEvent('keydown', { key: 'a', cancelable: true });
    const unmapped = new KeyboardEvent('keydown', { key: 'm', cancelable: true });
    const noHandler = new KeyboardEvent('keydown', { key: 'x', cancelable: true });

    window.dispatchEvent(handled);
    window.dispatchEvent(unmapped);
    window.dispatchEvent(noHandler);

    expect(handled.defaultPrevented).toBe(true);
    expect(unmapped.defaultPrevented).toBe(false);
    expect(noHandler.defaultPrevented).toBe(false);
  });

  it('ignores keys typed into a textarea, an input or editable content', async () => {
    const { handlers } = setup();
    const user = userEvent.setup();

    await user.type(screen.getByRole('textbox', { name: 'note' }), 'aj');
    await user.type(screen.getByRole('textbox', { name: 'search' }), 'aj');
    fireEvent.keyDown(screen.getByLabelText('rich'), { key: 'a' });

    expect(handlers.approve).not.toHaveBeenCalled();
    expect(handlers.next).not.toHaveBeenCalled();
  });

  it('ignores keys while an IME is composing (isComposing or keyCode 229)', () => {
    const { handlers } = setup();

    fireEvent.keyDown(screen.getByRole('button'), { key: 'a', isComposing: true });
    fireEvent.keyDown(window, { key: 'a', keyCode: 229 });
    fireEvent.keyDown(window, { key: 'Process', keyCode: 229 });

    expect(handlers.approve).not.toHaveBeenCalled();
  });

  it('ignores keys held with Ctrl, Cmd or Alt', () => {
    const { handlers } = setup();

    fireEvent.keyDown(window, { key: 'a', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'a', metaKey: true });
    fireEvent.keyDown(window, { key: 'a', altKey: true });

    expect(handlers.approve).not.toHaveBeenCalled();
  });

  it('ignores auto-repeat for decisions but not for moving through the queue', () => {
    const { handlers } = setup();

    fireEvent.keyDown(window, { key: 'a' });
    for (let i = 0; i < 20; i += 1) {
      fireEvent.keyDown(window, { key: 'a', repeat: true });
      fireEvent.keyDown(window, { key: 'j', repeat: true });
    }

    expect(handlers.approve).toHaveBeenCalledTimes(1);
    expect(handlers.next).toHaveBeenCalledTimes(20);
  });

  it('does nothing while disabled', () => {
    const { handlers } = setup({ enabled: false });

    fireEvent.keyDown(window, { key: 'a' });

    expect(handlers.approve).not.toHaveBeenCalled();
  });

  it('opens the app cheatsheet on ? when no cheatsheet handler is given', async () => {
    setup();
    const user = userEvent.setup();

    await user.keyboard('?');

    expect(useNavigationStore.getState().cheatsheetOpen).toBe(true);
  });
});
