/**
 * The import screen at each step, as the reviewer sees it: choosing a file, the mapping (Check
 * waits for a draft field and a target), a pass running, the report in the reviewer's language,
 * and how the writing pass ended.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportScreen } from '../../../../renderer/features/import/import-screen';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useUnfinishedImportsStore } from '../../../../renderer/stores/import/unfinished-imports-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import {
  jsonlBytes,
  pickedFile,
  resetImportEnvironment,
  type FakeBridge,
} from '../../stores/import/import-support';
import { renderInI18n } from '../keyboard/render-in-i18n';

const flow = () => useImportStore.getState();
const actions = useImportStore.getState();
const DRAFT_SELECT = /Draft \(the model's output\)/;

/** Fields with names no suggestion knows: the reviewer maps the draft. */
const UNNAMED = jsonlBytes([
  { col_a: 'x1', col_b: '您好，退款將於五個工作天內退回。' },
  { col_a: 'x2', col_b: 'Second' },
]);
/** Three rows: row 1 fine, row 2 without a draft, row 3 repeating row 1's id. */
const WITH_PROBLEMS = jsonlBytes([
  { id: 'a1', reply: 'R1' },
  { id: 'a2', reply: '' },
  { id: 'a1', reply: 'R3' },
]);

let bridge: FakeBridge;

beforeEach(async () => {
  bridge = await resetImportEnvironment();
});

afterEach(async () => {
  // The first step lists unfinished imports on mount; let that read end before the database goes.
  await act(() => useUnfinishedImportsStore.getState().load());
  cleanup();
  // Actions some tests replace with spies.
  useImportStore.setState({ cancel: actions.cancel });
  flow().reset();
});

async function checkedInto(name: string, bytes: Uint8Array) {
  const created = await useProjectsStore.getState().createProject('客服');
  const projectId = created.ok ? created.id : '';
  await flow().takeFile(pickedFile(name, bytes));
  flow().setTarget({ kind: 'existing', projectId });
  await flow().check();
  return projectId;
}

describe('the import screen', () => {
  it('starts with the file dialog button, which opens the dialog', async () => {
    const { user } = renderInI18n(<ImportScreen />);
    await user.click(screen.getByRole('button', { name: 'Choose a file…' }));
    expect(bridge.openFiles).toHaveBeenCalledTimes(1);
    expect(screen.getByText('or drop it anywhere in this window')).toBeInTheDocument();
  });

  it('enables Check only once the draft field is mapped and a target is chosen', async () => {
    await flow().takeFile(pickedFile('export.jsonl', UNNAMED));
    const { user } = renderInI18n(<ImportScreen />);
    const check = screen.getByRole('button', { name: 'Check the whole file' });
    expect(check).toBeDisabled();
    expect(screen.getByText('Choose the field that holds the draft.')).toBeInTheDocument();
    expect(screen.getByText('export.jsonl', { exact: false })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: DRAFT_SELECT }), 'col_b');
    // No project yet: the new project needs a name first.
    expect(check).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Name of the new project' }), 'Support');
    expect(check).toBeEnabled();
    expect(flow().mapping).toEqual({ draft: 'col_b' });

    await user.click(check);
    expect(
      await screen.findByRole('heading', { name: 'The check is finished' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import the 2 valid rows' })).toBeEnabled();
  });

  it('enables Check for an existing project once the draft field is mapped', async () => {
    await useProjectsStore.getState().createProject('客服');
    await flow().takeFile(pickedFile('export.jsonl', UNNAMED));
    const { user } = renderInI18n(<ImportScreen />);
    expect(screen.getByRole('combobox', { name: 'Import into' })).toHaveDisplayValue('客服');
    const check = screen.getByRole('button', { name: 'Check the whole file' });
    expect(check).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: DRAFT_SELECT }), 'col_b');
    expect(check).toBeEnabled();
  });

  it('shows a running pass with its figures, and Cancel asks the store to stop', async () => {
    const cancel = vi.fn();
    useImportStore.setState({
      step: 'writing',
      fileName: 'many.jsonl',
      fileSize: 1000,
      progress: { bytesRead: 500, rowsRead: 1234, rowsValid: 1200, problemCount: 34 },
      elapsedMs: 2000,
      cancel,
    });
    const { user } = renderInI18n(<ImportScreen />);
    expect(screen.getByRole('heading', { name: 'Importing many.jsonl…' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '0.5');
    const figures = screen.getByRole('status');
    expect(figures).toHaveTextContent('1,234 rows read');
    expect(figures).toHaveTextContent('617 rows/s');
    expect(figures).toHaveTextContent(/about .*2.* left/);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('shows the report with its reasons in Traditional Chinese', async () => {
    await checkedInto('support.jsonl', WITH_PROBLEMS);
    renderInI18n(<ImportScreen />, 'zh-TW');
    expect(screen.getByRole('heading', { name: '檢查完成' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('2reply缺少草稿');
    expect(rows[1]).toHaveTextContent('3id檔案中的 id 重複（第一次出現在第 1 列）');
    expect(screen.getByRole('button', { name: '匯入 1 列有效資料' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '全部不匯入' })).toBeInTheDocument();
  });

  it('offers no import when no row is valid, and "import nothing" goes back to the start', async () => {
    await checkedInto('empty-drafts.jsonl', jsonlBytes([{ id: 'a', reply: '' }]));
    const { user } = renderInI18n(<ImportScreen />);
    expect(screen.queryByRole('button', { name: /^Import the/ })).toBeNull();
    expect(screen.getByText(/No row can be imported/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save the report as CSV…' }));
    expect(bridge.saveFile).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Import nothing' }));
    expect(flow().step).toBe('idle');
    expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeInTheDocument();
  });

  it('says what a finished import did, and opens the project queue', async () => {
    const projectId = await checkedInto('support.jsonl', WITH_PROBLEMS);
    await flow().importValidRows();
    const { user } = renderInI18n(<ImportScreen />);
    expect(screen.getByRole('heading', { name: 'The import is finished' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 added, 0 updated, 0 already there, 0 decided drafts marked as changed since review.',
    );
    await user.click(screen.getByRole('button', { name: 'Open the queue' }));
    await waitFor(() => expect(useReviewStore.getState().project?.id).toBe(projectId));
    await waitFor(() => expect(useNavigationStore.getState().screen).toBe('queue'));
    expect(flow().step).toBe('idle');
  });

  it('offers the three ways on from an import that stopped part-way', () => {
    useImportStore.setState({
      step: 'stopped',
      fileName: 'many.jsonl',
      projectId: 'p1',
      importId: 'imp1',
      writeResult: null,
      progress: {
        bytesRead: 10,
        rowsRead: 2000,
        rowsValid: 2000,
        problemCount: 0,
        rowsWritten: 1500,
      },
    });
    renderInI18n(<ImportScreen />, 'zh-TW');
    expect(screen.getByRole('heading', { name: '匯入中途停止了' })).toBeInTheDocument();
    // The pass failed outright (no result): its last progress says what was stored.
    expect(screen.getByText(/停止前已儲存 1,500 列/)).toBeInTheDocument();
    for (const name of ['完成匯入', '移除這次新增的草稿', '保留已匯入的草稿']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
  });
});
