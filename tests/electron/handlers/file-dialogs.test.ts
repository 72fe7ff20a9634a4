import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  beginSaveFromDialog,
  openFilesFromDialog,
  sanitizeSuggestedName,
  type FileDialogs,
} from '../../../electron/handlers/file-dialogs';
import { FileReadRegistry } from '../../../electron/handlers/file-reads';
import { FileSaveRegistry } from '../../../electron/handlers/file-saves';
import { makeTempDir } from '../support/temp-dir';

function dialogs(answers: {
  open?: { canceled: boolean; filePaths: string[] };
  save?: { canceled: boolean; filePath?: string };
}): FileDialogs & { seen: (OpenDialogOptions | SaveDialogOptions)[] } {
  const seen: (OpenDialogOptions | SaveDialogOptions)[] = [];
  return {
    seen,
    showOpenDialog: (options) => {
      seen.push(options);
      return Promise.resolve(answers.open ?? { canceled: true, filePaths: [] });
    },
    showSaveDialog: (options) => {
      seen.push(options);
      return Promise.resolve(answers.save ?? { canceled: true });
    },
  };
}

describe('sanitizeSuggestedName', () => {
  it.each([
    ['feedback.jsonl', 'feedback.jsonl'],
    ['審閱統計.csv', '審閱統計.csv'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Windows\\System32\\evil.dll', 'evil.dll'],
    ['\\\\server\\share\\x.csv', 'x.csv'],
    ['/absolute/path/report.pdf', 'report.pdf'],
    ['..', 'export'],
    ['.bashrc', 'bashrc'],
    ['a\u0000b<c>:d|e?.csv', 'a_b_c__d_e_.csv'],
    ['', 'export'],
    ['///', 'export'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeSuggestedName(input)).toBe(expected);
  });
});

describe('openFilesFromDialog', () => {
  it('returns nothing when the user cancels', async () => {
    const reads = new FileReadRegistry();
    expect(await openFilesFromDialog({}, { dialogs: dialogs({}), reads, ownerId: 1 })).toEqual({
      files: [],
    });
  });

  it('passes title, filters and multi-select to the dialog, and opens each pick', async () => {
    const dir = await makeTempDir();
    const a = path.join(dir, 'a.jsonl');
    const b = path.join(dir, 'b.csv');
    await fs.writeFile(a, 'aaa');
    await fs.writeFile(b, 'bb');
    const d = dialogs({ open: { canceled: false, filePaths: [a, b] } });
    const reads = new FileReadRegistry();
    const result = await openFilesFromDialog(
      {
        title: 'Import',
        filters: [{ name: 'Drafts', extensions: ['jsonl', 'csv'] }],
        multiple: true,
      },
      { dialogs: d, reads, ownerId: 1 },
    );
    expect(d.seen[0]).toEqual({
      title: 'Import',
      filters: [{ name: 'Drafts', extensions: ['jsonl', 'csv'] }],
      properties: ['openFile', 'multiSelections'],
    });
    expect(result.files.map(({ name, size }) => ({ name, size }))).toEqual([
      { name: 'a.jsonl', size: 3 },
      { name: 'b.csv', size: 2 },
    ]);
  });

  it('is all or nothing when one pick cannot be opened', async () => {
    const dir = await makeTempDir();
    const good = path.join(dir, 'good.csv');
    await fs.writeFile(good, 'x');
    const reads = new FileReadRegistry();
    const d = dialogs({ open: { canceled: false, filePaths: [good, path.join(dir, 'gone.csv')] } });
    await expect(openFilesFromDialog({}, { dialogs: d, reads, ownerId: 1 })).rejects.toBeDefined();
    expect(reads.size).toBe(0);
    // Nor a pick to reopen later: the renderer was never told about the one that opened.
    expect(reads.rememberedPicks(1)).toBe(0);
  });
});

describe('beginSaveFromDialog', () => {
  it('suggests a sanitised name in the default folder and starts a save', async () => {
    const dir = await makeTempDir();
    const d = dialogs({ save: { canceled: false, filePath: path.join(dir, 'out.jsonl') } });
    const saves = new FileSaveRegistry();
    const result = await beginSaveFromDialog(
      { suggestedName: '../../.ssh/authorized_keys' },
      { dialogs: d, saves, ownerId: 1, defaultFolder: '/home/ana/Downloads' },
    );
    expect((d.seen[0] as SaveDialogOptions).defaultPath).toBe(
      path.join('/home/ana/Downloads', 'authorized_keys'),
    );
    expect(result).toMatchObject({ canceled: false, name: 'out.jsonl' });
    expect(saves.size).toBe(1);
  });

  it('starts nothing when the user cancels', async () => {
    const saves = new FileSaveRegistry();
    const result = await beginSaveFromDialog(
      { suggestedName: 'x.csv' },
      { dialogs: dialogs({}), saves, ownerId: 1, defaultFolder: '/tmp' },
    );
    expect(result).toEqual({ canceled: true });
    expect(saves.size).toBe(0);
  });
});
