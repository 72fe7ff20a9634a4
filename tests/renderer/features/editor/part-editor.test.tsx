/**
 * A long draft (issue 12, point 4) is edited in parts, never in one textarea holding the whole
 * text: the reviewer's promises stay the same - what is typed lands where it was typed, what is
 * saved is the whole text exactly, nothing typed is lost on cancel, and the keys work from any
 * part.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getEditBuffer } from '../../../../renderer/db/repositories/edit-buffers-repository';
import { DraftEditor } from '../../../../renderer/features/editor/draft-editor';
import { createPartText } from '../../../../renderer/features/editor/part-text';
import { LONG_TEXT_CHARS } from '../../../../renderer/components/markdown/long-text';
import { resetAppEnvironment } from '../../support/app-env';
import { renderInI18n } from '../keyboard/render-in-i18n';

const PROJECT = 'project-1';
const DRAFT = 'draft-1';

/** One line of about 200,000 characters: words, Chinese and an emoji, no line break. */
const LONG = Array.from({ length: 12_000 }, (_, i) => `w${i} 中文😀 `).join('');

function renderEditor(original: string) {
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
  );
  return { ...view, onSave, onCancel };
}

const storedText = async () => (await getEditBuffer(getDatabase(), PROJECT, DRAFT))?.text;
const partBoxes = () => screen.getAllByRole<HTMLTextAreaElement>('textbox');
/** Where part `index` starts in the original text. */
const partStart = (index: number) => {
  const parts = createPartText(LONG);
  let at = 0;
  for (let i = 0; i < index; i += 1) {
    at += parts.part(i).length;
  }
  return at;
};

beforeEach(async () => {
  await resetAppEnvironment();
});
afterEach(cleanup);

describe('createPartText', () => {
  it('joins back exactly, before and after an edit in a middle part', () => {
    const parts = createPartText(LONG);
    expect(parts.count).toBeGreaterThan(10);
    expect(parts.join()).toBe(LONG);
    const middle = Math.floor(parts.count / 2);
    const before = parts.part(middle);
    parts.setPart(middle, `${before.slice(0, 7)}XYZ${before.slice(7)}`);
    const at = partStart(middle) + 7;
    expect(parts.join()).toBe(`${LONG.slice(0, at)}XYZ${LONG.slice(at)}`);
    parts.reset(LONG);
    expect(parts.join()).toBe(LONG);
  });

  it('gives an empty text one part to type into', () => {
    const parts = createPartText('');
    expect(parts.count).toBe(1);
    expect(parts.join()).toBe('');
  });
});

describe('DraftEditor on a long draft', () => {
  it('edits in parts, with a note, and only a few parts hold text', async () => {
    expect(LONG.length).toBeGreaterThan(LONG_TEXT_CHARS);
    renderEditor(LONG);

    expect(await screen.findByRole('note')).toHaveTextContent(
      /^Long text: 132,890 characters, edited in \d+ parts/,
    );
    const boxes = partBoxes();
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.length).toBeLessThanOrEqual(3);
    expect(boxes.every((box) => box.value.length <= 4_000)).toBe(true);
    expect(boxes[0]).toHaveFocus();
    expect(boxes[0]).toHaveAccessibleName('Edited draft');
    expect(boxes.map((box) => box.value).join('')).toBe(LONG.slice(0, partStart(boxes.length)));
  });

  it('puts a character typed in the second part at its place in the saved text', async () => {
    const { user, onSave } = renderEditor(LONG);
    await screen.findByRole('note');
    const second = partBoxes()[1]!;
    await user.click(second);
    second.setSelectionRange(5, 5);
    await user.keyboard('Q');

    const at = partStart(1) + 5;
    const expected = `${LONG.slice(0, at)}Q${LONG.slice(at)}`;
    // Written to the buffer on a pause, joined whole.
    await waitFor(async () => expect(await storedText()).toBe(expected), { timeout: 3_000 });

    fireEvent.keyDown(second, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toBe(expected);
  });

  it('saves at once with Cmd+Enter from any part, without waiting for the pause', async () => {
    const { onSave } = renderEditor(LONG);
    await screen.findByRole('note');
    const second = partBoxes()[1]!;
    fireEvent.input(second, { target: { value: `${second.value}!` } });
    fireEvent.keyDown(second, { key: 'Enter', metaKey: true });

    const end = partStart(2);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toBe(`${LONG.slice(0, end)}!${LONG.slice(end)}`);
  });

  it('cancels on Escape from any part and keeps the last edit in the buffer', async () => {
    const { onCancel } = renderEditor(LONG);
    await screen.findByRole('note');
    const second = partBoxes()[1]!;
    fireEvent.input(second, { target: { value: `X${second.value}` } });
    fireEvent.keyDown(second, { key: 'Escape' });

    expect(onCancel).toHaveBeenCalledTimes(1);
    const at = partStart(1);
    await waitFor(async () =>
      expect(await storedText()).toBe(`${LONG.slice(0, at)}X${LONG.slice(at)}`),
    );
  });

  it('carries the caret across parts with the arrow keys', async () => {
    const { user } = renderEditor(LONG);
    await screen.findByRole('note');
    const [first, second] = partBoxes() as [HTMLTextAreaElement, HTMLTextAreaElement];
    first.setSelectionRange(first.value.length, first.value.length);
    await user.keyboard('{ArrowRight}');
    expect(second).toHaveFocus();
    expect(second.selectionStart).toBe(0);
    await user.keyboard('{ArrowLeft}');
    expect(first).toHaveFocus();
    expect(first.selectionStart).toBe(first.value.length);
  });

  it('deletes across a part boundary with Backspace and Delete', async () => {
    const { user, onSave } = renderEditor(LONG);
    await screen.findByRole('note');
    const [first, second] = partBoxes() as [HTMLTextAreaElement, HTMLTextAreaElement];
    await user.click(second);
    second.setSelectionRange(0, 0);
    await user.keyboard('{Backspace}');
    expect(first).toHaveFocus();
    first.setSelectionRange(first.value.length, first.value.length);
    await user.keyboard('{Delete}');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const cut = partStart(1);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toBe(`${LONG.slice(0, cut - 1)}${LONG.slice(cut + 1)}`);
  });

  it('puts the original back on discard', async () => {
    const { user } = renderEditor(LONG);
    await screen.findByRole('note');
    const first = partBoxes()[0]!;
    fireEvent.input(first, { target: { value: 'gone' } });
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));

    await screen.findByText('Changes discarded');
    expect(partBoxes()[0]?.value).toBe(LONG.slice(0, partStart(1)));
    expect(await storedText()).toBeUndefined();
  });

  it('keeps one textarea for a short draft', async () => {
    renderEditor('Short draft');
    expect(await screen.findByRole('textbox', { name: 'Edited draft' })).toHaveValue('Short draft');
    expect(screen.queryByRole('note')).toBeNull();
  });
});
