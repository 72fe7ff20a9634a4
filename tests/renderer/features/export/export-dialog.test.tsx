/**
 * The export dialog (issue 13 point 1) over a real local store and the Electron bridge's
 * in-memory preload: filters change the preview's counts before anything is written, bad
 * choices say what is wrong, the export writes through the bridge, and a cancel (asked first
 * when Escape is pressed mid-export) leaves nothing behind.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { ExportHost } from '../../../../renderer/features/export/export-host';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { setExportEngine, useExportStore } from '../../../../renderer/stores/export/export-store';
import type { FakeLoupeApi } from '../../platform/fake-loupe-api';
import { resetAppEnvironment } from '../../support/app-env';
import { seedReviewedStore } from '../../stores/export/export-fixture';

let api: FakeLoupeApi;

beforeEach(async () => {
  api = await resetAppEnvironment();
  setExportEngine(null);
  useExportStore.getState().reset();
  await seedReviewedStore(getDatabase());
});

afterEach(() => {
  cleanup();
  useExportStore.getState().reset();
});

async function openDialog(language: 'en' | 'zh-TW' = 'en') {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <ExportHost />
    </I18nextProvider>,
  );
  useExportStore.getState().openDialog();
  const dialog = await screen.findByRole('dialog', { name: 'Export labelled set' });
  // The values the store holds are offered once read.
  await within(dialog).findByRole('checkbox', { name: '支援' });
  return { user, dialog };
}

/** The preview's table of records to write, once counted: row header → number. */
async function previewCounts(dialog: HTMLElement) {
  const table = await within(dialog).findByRole('table', { name: 'Records to write' });
  return Object.fromEntries(
    within(table)
      .getAllByRole('row')
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        within(row).getByRole('cell').textContent,
      ]),
  );
}

async function excludedCounts(dialog: HTMLElement) {
  const table = await within(dialog).findByRole('table', { name: 'Left out, by reason' });
  return Object.fromEntries(
    within(table)
      .getAllByRole('row')
      .map((row): [string, string | null] => [
        within(row).queryByRole('rowheader')?.textContent ?? '',
        within(row).getByRole('cell').textContent,
      ]),
  );
}

describe('the export dialog', () => {
  it('counts per decision before anything is written, and the filters change the counts', async () => {
    const { user, dialog } = await openDialog();
    expect(await previewCounts(dialog)).toEqual({ 'All records': '4', Approved: '3', Edited: '1' });
    expect(await excludedCounts(dialog)).toEqual({
      'Escalated (not gold)': '1',
      'Pending (not gold)': '2',
    });
    expect(api.writtenChunks).toEqual([]);

    // Only project 支援, only edits.
    await user.click(within(dialog).getByRole('checkbox', { name: '支援' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Edited' }));
    await waitFor(async () =>
      expect(await previewCounts(dialog)).toEqual({ 'All records': '1', Edited: '1' }),
    );
    expect(await excludedCounts(dialog)).toEqual({ 'Outside the filters': '5' });

    // A split: counts per split appear, adding up to the records.
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Split into train and test files' }),
    );
    await waitFor(async () => {
      const counts = await previewCounts(dialog);
      expect(Number(counts['In train']) + Number(counts['In test'])).toBe(1);
    });
  });

  it('offers the non-gold option only for the full-record formats', async () => {
    const { user, dialog } = await openDialog();
    const includeAll = within(dialog).getByRole('checkbox', { name: /Also include drafts/ });
    expect(includeAll).toBeEnabled();
    await user.click(within(dialog).getByRole('radio', { name: /^dpo/ }));
    expect(includeAll).toBeDisabled();
    expect(within(dialog).getByText(/This format holds gold decisions only/)).toBeInTheDocument();
    // A DPO export of this store: one pair (the edit), approvals do not apply.
    await waitFor(async () =>
      expect(await previewCounts(dialog)).toEqual({ 'All records': '1', Edited: '1' }),
    );
    expect(await excludedCounts(dialog)).toMatchObject({ 'Not applicable to this format': '3' });
  });

  it('says what is wrong with the choices and writes nothing', async () => {
    const { user, dialog } = await openDialog();
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Split into train and test files' }),
    );
    const share = within(dialog).getByRole('textbox', { name: 'Share in test (%)' });
    await user.clear(share);
    await user.type(share, '150');
    expect(share).toHaveAttribute('aria-invalid', 'true');
    expect(share).toHaveAccessibleDescription('Enter a share between 0 and 100, for example 10.');

    await user.type(within(dialog).getByLabelText('From'), '2026-12-05');
    await user.type(within(dialog).getByLabelText('To (inclusive)'), '2026-12-01');
    expect(within(dialog).getByLabelText('To (inclusive)')).toHaveAccessibleDescription(
      'The end date comes before the start date.',
    );
    expect(
      within(dialog).getByText('Correct the marked fields to see the counts.'),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(
      within(dialog).getByText('Some choices need correcting before the export can start.'),
    ).toBeInTheDocument();
    // The first marked field, far up the form from the button, is brought back to the reviewer.
    await waitFor(() => expect(within(dialog).getByLabelText('To (inclusive)')).toHaveFocus());
    await user.clear(share);
    await user.type(share, '20');
    await user.clear(within(dialog).getByLabelText('To (inclusive)'));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Choose the folder to export into first.',
    );
    expect(api.pickFolder).not.toHaveBeenCalled();
    expect(api.beginSaveInFolder).not.toHaveBeenCalled();
  });

  it('in the browser build, asks for no folder when the choices are refused', async () => {
    const { user, dialog } = await openDialog();
    useExportStore.setState({ runtime: 'browser' }); // its files are downloads: no folder
    await user.type(within(dialog).getByLabelText('From'), '2026-12-05');
    await user.type(within(dialog).getByLabelText('To (inclusive)'), '2026-12-01');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(
      within(dialog).getByText('Some choices need correcting before the export can start.'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('Choose the folder to export into first.')).toBeNull();
  });

  it('exports into the picked folder through the bridge and shows what was written', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Choose a folder…' }));
    expect(await within(dialog).findByText('Folder: exports')).toBeInTheDocument();
    await previewCounts(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByRole('heading', { name: 'Export finished' })).toBeVisible();
    expect(within(dialog).getByText('2 files written to exports.')).toBeInTheDocument();
    const files = within(dialog).getByRole('table', { name: 'Files' });
    expect(
      within(files)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['data.jsonl', 'manifest.json']);
    // The manifest went last, each file as its own save in the folder.
    expect(vi.mocked(api.beginSaveInFolder).mock.calls.map(([request]) => request.name)).toEqual([
      'data.jsonl',
      'manifest.json',
    ]);
    expect(api.endedSaves).toHaveLength(2);
    const written = new TextDecoder().decode(api.writtenChunks.at(-1));
    expect(JSON.parse(written)).toMatchObject({ format: 'loupe', counts: { records: 4 } });
  });

  it('Escape while writing asks first; confirming cancels and removes the files', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Choose a folder…' }));
    await within(dialog).findByText('Folder: exports');
    // The disk is slow: the first file's save does not start until the test says so.
    let release: () => void = () => undefined;
    const original = vi.mocked(api.beginSaveInFolder).getMockImplementation();
    vi.mocked(api.beginSaveInFolder).mockImplementationOnce(
      (request) =>
        new Promise((resolve) => {
          release = () => resolve(original?.(request) ?? Promise.reject(new Error('no impl')));
        }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByRole('heading', { name: 'Exporting' })).toBeVisible();

    await user.keyboard('{Escape}');
    const question = await within(dialog).findByRole('group', { name: 'Cancel the export?' });
    expect(useExportStore.getState().dialogOpen).toBe(true);
    // "Keep exporting" has the focus: a second Escape or Enter does not throw the work away.
    expect(within(question).getByRole('button', { name: 'Keep exporting' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel export' }));
    expect(await within(dialog).findByText(/The export was canceled/)).toBeInTheDocument();
    release();
    await waitFor(() => expect(api.abortedSaves).toHaveLength(1));
    expect(api.endedSaves).toEqual([]);

    // Now nothing is being written: Escape closes.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('speaks Traditional Chinese', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createI18n('zh-TW')}>
        <ExportHost />
      </I18nextProvider>,
    );
    useExportStore.getState().openDialog();
    const dialog = await screen.findByRole('dialog', { name: '匯出標註資料集' });
    expect(await within(dialog).findByRole('table', { name: '將寫入的紀錄' })).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: '已編輯' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '關閉' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
