/**
 * The banner of imports that did not finish: each job with how far it got, and its three buttons
 * (finish, remove what it added, keep) calling the store; the import running in this window is
 * not listed.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportJobRow } from '../../../../renderer/db/import-job-row';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { startImportJob } from '../../../../renderer/db/repositories/import-jobs-repository';
import { UnfinishedImports } from '../../../../renderer/features/import/unfinished-imports';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useUnfinishedImportsStore } from '../../../../renderer/stores/import/unfinished-imports-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { resetImportEnvironment } from '../../stores/import/import-support';
import { renderInI18n } from '../keyboard/render-in-i18n';

const NOW = '2026-11-28T12:00:00.000Z';
const JOB: ImportJobRow = {
  importId: 'imp-crashed',
  projectId: 'p1',
  fileName: 'replies.jsonl',
  fileSize: 1234,
  format: 'jsonl',
  encoding: 'utf-8',
  mapping: { draft: 'output' },
  state: 'running',
  rowsWritten: 1500,
  counts: { added: 1500, updated: 0, unchanged: 0, markedChanged: 0 },
  startedAt: NOW,
  updatedAt: NOW,
};
const actions = useUnfinishedImportsStore.getState();

beforeEach(async () => {
  await resetImportEnvironment();
  await startImportJob(getDatabase(), JOB);
});

afterEach(() => {
  cleanup();
  useUnfinishedImportsStore.setState({
    finish: actions.finish,
    remove: actions.remove,
    keep: actions.keep,
  });
  useImportStore.getState().reset();
});

describe('the unfinished imports banner', () => {
  it('lists a job a crash left running, and its buttons call the store', async () => {
    const finish = vi.fn(() => Promise.resolve());
    const remove = vi.fn(() => Promise.resolve());
    const keep = vi.fn(() => Promise.resolve());
    useUnfinishedImportsStore.setState({ finish, remove, keep });
    const { user } = renderInI18n(<UnfinishedImports />);

    expect(
      await screen.findByRole('heading', { name: 'An import did not finish' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /replies\.jsonl: 1,500 rows stored, interrupted \(Loupe or the window closed\)/,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Choose the file again to finish' }));
    expect(finish).toHaveBeenCalledWith(expect.objectContaining({ importId: 'imp-crashed' }));
    // Finishing goes on in the import screen.
    expect(useNavigationStore.getState().screen).toBe('import');
    await user.click(screen.getByRole('button', { name: 'Remove what it added' }));
    expect(remove).toHaveBeenCalledWith(expect.objectContaining({ importId: 'imp-crashed' }));
    await user.click(screen.getByRole('button', { name: 'Keep what was imported' }));
    expect(keep).toHaveBeenCalledWith(expect.objectContaining({ importId: 'imp-crashed' }));
  });

  it('speaks Traditional Chinese, and goes away once the job is kept', async () => {
    const { user } = renderInI18n(<UnfinishedImports />, 'zh-TW');
    expect(await screen.findByRole('heading', { name: '有一次匯入沒有完成' })).toBeInTheDocument();
    expect(screen.getByText(/中斷（Loupe 或視窗已關閉）/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '保留已匯入的草稿' }));

    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: '有一次匯入沒有完成' })).toBeNull(),
    );
    expect(useUnfinishedImportsStore.getState().jobs).toEqual([]);
  });

  it('does not list the import that is running in this window', async () => {
    useImportStore.setState({ step: 'writing', importId: 'imp-crashed' });
    renderInI18n(<UnfinishedImports />);
    await act(() => useUnfinishedImportsStore.getState().load());
    expect(useUnfinishedImportsStore.getState().jobs).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'An import did not finish' })).toBeNull();
  });
});
