/**
 * "Import a file…" where a new reviewer starts (the empty queue): it opens the import screen and
 * the file dialog over it; before the reviewer has a name it is not offered.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmptyQueue } from '../../../../renderer/features/queue/empty-queue';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import {
  jsonlBytes,
  pickedFile,
  resetImportEnvironment,
  type FakeBridge,
} from '../../stores/import/import-support';
import { renderInI18n } from '../keyboard/render-in-i18n';

let bridge: FakeBridge;

beforeEach(async () => {
  bridge = await resetImportEnvironment();
});

afterEach(() => {
  cleanup();
  useImportStore.getState().reset();
});

describe('importing from the empty queue', () => {
  it('opens the import screen and the file dialog, then previews the chosen file', async () => {
    bridge.nextPick = [pickedFile('replies.jsonl', jsonlBytes([{ id: 'a', answer: '好' }]))];
    const { user } = renderInI18n(<EmptyQueue />, 'zh-TW');

    await user.click(screen.getByRole('button', { name: '匯入檔案…' }));

    expect(useNavigationStore.getState().screen).toBe('import');
    expect(bridge.openFiles).toHaveBeenCalledWith({
      extensions: ['jsonl', 'ndjson', 'json', 'csv'],
    });
    await waitFor(() => expect(useImportStore.getState().step).toBe('mapping'));
    expect(useImportStore.getState()).toMatchObject({
      fileName: 'replies.jsonl',
      mapping: { id: 'id', draft: 'answer' },
    });
  });

  it('shows the file on its way instead of opening the dialog again', async () => {
    await useImportStore.getState().takeFile(pickedFile('first.jsonl', jsonlBytes([{ a: 1 }])));
    const { user } = renderInI18n(<EmptyQueue />);
    await user.click(screen.getByRole('button', { name: 'Import a file…' }));
    expect(useNavigationStore.getState().screen).toBe('import');
    expect(bridge.openFiles).not.toHaveBeenCalled();
    expect(useImportStore.getState().fileName).toBe('first.jsonl');
  });

  it('says how far a running pass has got, and leads back to it', async () => {
    useImportStore.setState({
      step: 'writing',
      fileSize: 1000,
      progress: { bytesRead: 456, rowsRead: 40, rowsValid: 40, problemCount: 0 },
    });
    const { user } = renderInI18n(<EmptyQueue />, 'zh-TW');
    await user.click(screen.getByRole('button', { name: '匯入中… 45%' }));
    expect(useNavigationStore.getState().screen).toBe('import');
    expect(bridge.openFiles).not.toHaveBeenCalled();
  });

  it('is not offered before the reviewer has a name', () => {
    renderInI18n(<EmptyQueue canLoadDemo={false} />);
    expect(screen.queryByRole('button', { name: 'Import a file…' })).toBeNull();
  });
});
