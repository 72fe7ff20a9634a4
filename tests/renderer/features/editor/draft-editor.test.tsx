/**
 * The editor's promise to the reviewer: nothing typed is lost (every keystroke is in the local
 * database, a crash and restart brings it back) and what is saved is exactly what was typed.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import {
  getEditBuffer,
  saveEditBuffer,
} from '../../../../renderer/db/repositories/edit-buffers-repository';
import { DraftEditor } from '../../../../renderer/features/editor/draft-editor';
import type { Language } from '../../../../shared/ipc/contract';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';
import { renderInI18n } from '../keyboard/render-in-i18n';

const PROJECT = 'project-1';
const DRAFT = 'draft-1';

function renderEditor(original: string, language: Language = 'en') {
  const onSave = vi.fn<(text: string) => void>();
  const onCancel = vi.fn<() => void>();
  const view = renderInI18n(
    <DraftEditor
      projectId={PROJECT}
      draftId={DRAFT}
      original={original}
      onSave={onSave}
      onCancel={onCancel}
    />,
    language,
  );
  return { ...view, onSave, onCancel };
}

const storedText = async () => (await getEditBuffer(getDatabase(), PROJECT, DRAFT))?.text;

beforeEach(async () => {
  await resetAppEnvironment();
});
afterEach(cleanup);

describe('DraftEditor', () => {
  it('starts from the original, labelled, and focused', async () => {
    renderEditor('Hello');

    const box = await screen.findByRole('textbox', { name: 'Edited draft' });
    expect(box).toHaveValue('Hello');
    expect(box).toHaveFocus();
  });

  it('writes every keystroke to the edit buffer', async () => {
    const { user } = renderEditor('Hi');
    const box = await screen.findByRole('textbox');

    for (const char of [' t', 'h', 'e', 'r', 'e']) {
      await user.type(box, char);
      const expected = (box as HTMLTextAreaElement).value;
      await waitFor(async () => expect(await storedText()).toBe(expected));
    }
    expect(await storedText()).toBe('Hi there');
    expect(await screen.findByText('Saved locally')).toBeInTheDocument();
  });

  it('writes only the newest text when inputs outrun the database', async () => {
    renderEditor('');
    const box = await screen.findByRole('textbox');
    const written: string[] = [];
    const table = getDatabase().editBuffers;
    const onCreate = (_key: unknown, row: { text: string }) => void written.push(row.text);
    const onUpdate = (changes: object) => {
      if ('text' in changes && typeof changes.text === 'string') {
        written.push(changes.text);
      }
    };
    table.hook('creating', onCreate);
    table.hook('updating', onUpdate);

    // Synchronous inputs: no write can finish in between, so the waiting ones coalesce.
    for (let i = 1; i <= 50; i += 1) {
      fireEvent.input(box, { target: { value: 'x'.repeat(i) } });
    }

    await waitFor(async () => expect(await storedText()).toBe('x'.repeat(50)));
    table.hook('creating').unsubscribe(onCreate);
    table.hook('updating').unsubscribe(onUpdate);
    expect(written).toEqual(['x', 'x'.repeat(50)]);
  });

  it('brings typed text back after a crash and restart', async () => {
    const first = renderEditor('原稿');
    await first.user.type(await screen.findByRole('textbox'), '，修改中');
    await waitFor(async () => expect(await storedText()).toBe('原稿，修改中'));
    first.unmount();
    simulateRestart();

    renderEditor('原稿', 'zh-TW');

    expect(await screen.findByRole('textbox', { name: '編輯後的草稿' })).toHaveValue(
      '原稿，修改中',
    );
    expect(screen.getByText('已從這台裝置還原您未儲存的文字')).toBeInTheDocument();
  });

  it('saves the exact text with Ctrl+Enter and Cmd+Enter, spaces and Chinese included', async () => {
    const { user, onSave } = renderEditor('');
    const box = await screen.findByRole('textbox');
    const text = '  你好，世界 \n  trailing  ';
    fireEvent.input(box, { target: { value: text } });

    await user.keyboard('{Control>}{Enter}{/Control}');
    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });

    // Saving waits for the typed text to be in the buffer first, then hands on the exact text.
    await waitFor(() => expect(onSave.mock.calls).toEqual([[text], [text]]));
    expect(await storedText()).toBe(text);
    expect(box).toHaveValue(text);
  });

  it('neither saves nor cancels on keys an IME is composing with', async () => {
    const { onSave, onCancel } = renderEditor('草稿');
    const box = await screen.findByRole('textbox');

    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true, isComposing: true });
    fireEvent.keyDown(box, { key: 'Escape', keyCode: 229 });

    expect(onSave).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('cancels on Escape and keeps the buffer', async () => {
    const { user, onCancel } = renderEditor('Draft');
    const box = await screen.findByRole('textbox');
    await user.type(box, '!');
    await user.keyboard('{Escape}');

    expect(onCancel).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect(await storedText()).toBe('Draft!'));
  });

  it('discards: back to the original and no buffer left', async () => {
    await saveEditBuffer(getDatabase(), {
      projectId: PROJECT,
      draftId: DRAFT,
      text: 'old edit',
      updatedAt: new Date().toISOString(),
    });
    const { user } = renderEditor('Original', 'zh-TW');
    expect(await screen.findByRole('textbox')).toHaveValue('old edit');

    await user.click(screen.getByRole('button', { name: '捨棄變更' }));

    expect(screen.getByRole('textbox')).toHaveValue('Original');
    expect(await screen.findByText('已捨棄變更')).toBeInTheDocument();
    expect(await storedText()).toBeUndefined();
  });
});
