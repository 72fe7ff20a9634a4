/**
 * Drag and drop of an import file anywhere on the window (issue 4, point 1): a dragover carrying
 * files is taken over (so Electron does not navigate to the file), and a drop opens the import
 * screen with the file, once the reviewer has a name.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileDrop } from '../../../../renderer/app/file-drop';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { byteStream, jsonlBytes, resetImportEnvironment } from '../../stores/import/import-support';
import { renderInI18n } from '../keyboard/render-in-i18n';

const BYTES = jsonlBytes([{ id: 'a1', output: '您好' }]);

/** A File whose stream() works (jsdom's Blob has none). */
function droppedFile(): File {
  const file = new File([BYTES.slice().buffer], 'dropped.jsonl');
  Object.defineProperty(file, 'stream', { value: () => byteStream(BYTES).stream });
  return file;
}

/** A drag event as the browser sends it (jsdom has no DragEvent or DataTransfer). */
function dragEvent(
  type: string,
  files: File[],
  types = files.length > 0 ? ['Files'] : ['text/plain'],
) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', {
    value: { types, files, dropEffect: 'none' },
  });
  return event;
}

beforeEach(async () => {
  await resetImportEnvironment();
});

afterEach(() => {
  cleanup();
  useImportStore.getState().reset();
});

const signIn = () =>
  useProfileStore.setState({ profile: { reviewerId: 'r1', displayName: '林小姐' } });

describe('dropping a file on the window', () => {
  it('takes over a dragover that carries files, and leaves other drags alone', () => {
    renderInI18n(<FileDrop />);
    const withFiles = dragEvent('dragover', [droppedFile()]);
    window.dispatchEvent(withFiles);
    expect(withFiles.defaultPrevented).toBe(true);
    const withText = dragEvent('dragover', []);
    window.dispatchEvent(withText);
    expect(withText.defaultPrevented).toBe(false);
  });

  it('shows what a drop does while files are dragged over the window', () => {
    renderInI18n(<FileDrop />, 'zh-TW');
    act(() => {
      window.dispatchEvent(dragEvent('dragenter', [droppedFile()]));
    });
    expect(screen.getByText('放開以匯入這個檔案')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(dragEvent('dragleave', [droppedFile()]));
    });
    expect(screen.queryByText('放開以匯入這個檔案')).toBeNull();
  });

  it('opens the import screen with the dropped file once the reviewer has a name', async () => {
    signIn();
    renderInI18n(<FileDrop />);
    const drop = dragEvent('drop', [droppedFile()]);
    act(() => {
      window.dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    expect(useNavigationStore.getState().screen).toBe('import');
    await waitFor(() => expect(useImportStore.getState().step).toBe('mapping'));
    expect(useImportStore.getState()).toMatchObject({
      fileName: 'dropped.jsonl',
      mapping: { id: 'id', draft: 'output' },
    });
  });

  it('does nothing with a drop before the reviewer has a name, but still takes it over', () => {
    renderInI18n(<FileDrop />);
    const drop = dragEvent('drop', [droppedFile()]);
    act(() => {
      window.dispatchEvent(drop);
    });
    // In Electron an unhandled drop would navigate the window to the file.
    expect(drop.defaultPrevented).toBe(true);
    expect(useNavigationStore.getState().screen).toBe('queue');
    expect(useImportStore.getState().step).toBe('idle');
  });
});
