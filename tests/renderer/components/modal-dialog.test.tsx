import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModalDialog, type ModalDialogProps } from '../../../renderer/components/modal-dialog';

afterEach(cleanup);

type Options = Partial<Omit<ModalDialogProps, 'title' | 'onClose' | 'children'>>;

/** A page with an opener button, the dialog it opens, and a button after it. */
function Page({
  onClose = () => {},
  options = {},
  body,
}: {
  onClose?: () => void;
  options?: Options;
  body?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? (
        <ModalDialog
          title="Escalate this draft"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
          {...options}
        >
          {body ?? (
            <>
              <input aria-label="Note" />
              <button type="button" disabled>
                Unavailable
              </button>
              <button type="button">Save</button>
            </>
          )}
        </ModalDialog>
      ) : null}
      <button type="button">Behind</button>
    </>
  );
}

async function openDialog(ui: ReactNode) {
  const user = userEvent.setup();
  render(ui);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Escalate this draft' }) };
}

describe('ModalDialog', () => {
  it('is a modal dialog named by its heading', async () => {
    const { dialog } = await openDialog(<Page />);

    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Escalate this draft',
    );
  });

  it('moves focus to its first control on open, or to the one marked data-autofocus', async () => {
    const first = await openDialog(<Page />);
    expect(within(first.dialog).getByRole('textbox', { name: 'Note' })).toHaveFocus();
    cleanup();

    const marked = await openDialog(
      <Page
        body={
          <>
            <button type="button">Close</button>
            <input aria-label="Name" data-autofocus="" />
          </>
        }
      />,
    );
    expect(within(marked.dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('keeps Tab inside: past the last control to the first, Shift+Tab back to the last', async () => {
    const { user, dialog } = await openDialog(<Page />);
    const note = within(dialog).getByRole('textbox', { name: 'Note' });
    const save = within(dialog).getByRole('button', { name: 'Save' });

    await user.tab(); // the disabled button is skipped
    expect(save).toHaveFocus();
    await user.tab();
    expect(note).toHaveFocus();
    await user.tab({ shift: true });
    expect(save).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Behind' })).not.toHaveFocus();
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const onClose = vi.fn();
    const { user } = await openDialog(<Page onClose={onClose} />);

    await user.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('does not close on the Escape that ends an input method composition', async () => {
    const onClose = vi.fn();
    const { dialog } = await openDialog(<Page onClose={onClose} />);

    fireEvent.keyDown(within(dialog).getByRole('textbox'), { key: 'Escape', isComposing: true });

    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('stays open on Escape and on the backdrop while it says it cannot be dismissed', async () => {
    const onClose = vi.fn();
    const { user, dialog } = await openDialog(
      <Page onClose={onClose} options={{ dismissible: false, closeOnBackdrop: true }} />,
    );

    await user.keyboard('{Escape}');
    fireEvent.mouseDown(dialog.parentElement!);

    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes on a press on the backdrop only where asked, never on one inside the box', async () => {
    const closing = vi.fn();
    const { dialog } = await openDialog(
      <Page onClose={closing} options={{ closeOnBackdrop: true }} />,
    );
    fireEvent.mouseDown(within(dialog).getByRole('textbox'));
    expect(closing).not.toHaveBeenCalled();
    fireEvent.mouseDown(dialog.parentElement!);
    expect(closing).toHaveBeenCalledTimes(1);
    cleanup();

    const staying = vi.fn();
    const plain = await openDialog(<Page onClose={staying} />);
    fireEvent.mouseDown(plain.dialog.parentElement!);
    expect(staying).not.toHaveBeenCalled();
  });

  it('keeps the Escape of a question asked over it to that question', async () => {
    const outerClose = vi.fn();
    const innerClose = vi.fn();
    const screenKeys = vi.fn();
    window.addEventListener('keydown', screenKeys);
    const { user, dialog } = await openDialog(
      <Page
        onClose={outerClose}
        options={{
          inert: true,
          overlay: (
            <ModalDialog
              title="Discard changes?"
              onClose={innerClose}
              role="alertdialog"
              layer="parent"
              headingLevel={3}
            >
              <button type="button">Keep editing</button>
              <button type="button">Discard</button>
            </ModalDialog>
          ),
        }}
      />,
    );
    const question = within(dialog).getByRole('alertdialog', { name: 'Discard changes?' });

    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    expect(dialog.querySelector('.modal-content')).toHaveAttribute('inert');
    await user.tab();
    await user.tab();
    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', screenKeys);

    expect(innerClose).toHaveBeenCalledTimes(1);
    expect(outerClose).not.toHaveBeenCalled();
    expect(screenKeys).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
  });

  it('runs the dialog’s own keys first, and leaves a key it handled alone', async () => {
    const onClose = vi.fn();
    const { user } = await openDialog(
      <Page
        onClose={onClose}
        options={{
          onKeyDown: (event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
            }
          },
        }}
      />,
    );

    await user.keyboard('{Escape}');

    expect(onClose).not.toHaveBeenCalled();
  });
});
