import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FileSaveRegistry } from '../../../electron/handlers/file-saves';
import {
  beginSaveInFolder,
  folderFileNameProblem,
  FolderPickRegistry,
  pickFolderFromDialog,
} from '../../../electron/handlers/folder-saves';
import { makeTempDir } from '../support/temp-dir';

const OWNER = 1;
const OTHER = 2;
const encode = (text: string) => new TextEncoder().encode(text);

async function pickedFolder(dir: string) {
  const folders = new FolderPickRegistry();
  const saves = new FileSaveRegistry();
  const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: [dir] }));
  const picked = await pickFolderFromDialog(
    { title: 'Export to' },
    { showOpenDialog, folders, ownerId: OWNER },
  );
  if (picked.canceled) {
    throw new Error('expected a pick');
  }
  return { folders, saves, showOpenDialog, picked };
}

describe('folder saves', () => {
  it('asks for a folder and answers with an opaque id and the folder name, never the path', async () => {
    const dir = await makeTempDir();
    const { picked, showOpenDialog } = await pickedFolder(dir);
    expect(showOpenDialog).toHaveBeenCalledWith({
      title: 'Export to',
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(picked.name).toBe(path.basename(dir));
    expect(picked.folderId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(JSON.stringify(picked)).not.toContain(dir);
  });

  it('a canceled folder dialog remembers nothing', async () => {
    const folders = new FolderPickRegistry();
    const result = await pickFolderFromDialog(
      {},
      {
        showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
        folders,
        ownerId: OWNER,
      },
    );
    expect(result).toEqual({ canceled: true });
    expect(folders.size).toBe(0);
  });

  it('writes several named files into the folder; none is under its name before it ends', async () => {
    const dir = await makeTempDir();
    const { folders, saves, picked } = await pickedFolder(dir);
    const deps = { folders, saves, ownerId: OWNER };
    const train = await beginSaveInFolder({ folderId: picked.folderId, name: 'train.jsonl' }, deps);
    const test = await beginSaveInFolder({ folderId: picked.folderId, name: 'test.jsonl' }, deps);
    await saves.writeChunk(OWNER, train.saveId, encode('{"a":1}\n'));
    await saves.writeChunk(OWNER, test.saveId, encode('{"b":2}\n'));
    await saves.writeChunk(OWNER, train.saveId, encode('{"c":"審核"}\n'));
    // Only hidden partial files so far.
    expect((await fs.readdir(dir)).every((name) => name.startsWith('.'))).toBe(true);

    await saves.end(OWNER, train.saveId);
    await saves.end(OWNER, test.saveId);
    expect((await fs.readdir(dir)).sort()).toEqual(['test.jsonl', 'train.jsonl']);
    expect(await fs.readFile(path.join(dir, 'train.jsonl'), 'utf8')).toBe(
      '{"a":1}\n{"c":"審核"}\n',
    );
  });

  it('an aborted save removes its temp file and leaves an earlier file of that name alone', async () => {
    const dir = await makeTempDir();
    await fs.writeFile(path.join(dir, 'data.parquet'), 'earlier export');
    const { folders, saves, picked } = await pickedFolder(dir);
    const { saveId } = await beginSaveInFolder(
      { folderId: picked.folderId, name: 'data.parquet' },
      { folders, saves, ownerId: OWNER },
    );
    await saves.writeChunk(OWNER, saveId, encode('PAR1 half'));
    await saves.abort(OWNER, saveId);
    expect(await fs.readdir(dir)).toEqual(['data.parquet']);
    expect(await fs.readFile(path.join(dir, 'data.parquet'), 'utf8')).toBe('earlier export');
  });

  it.each([
    '../escape.jsonl',
    '..',
    '.',
    'sub/train.jsonl',
    'sub\\train.jsonl',
    '/etc/passwd',
    'C:evil.jsonl',
    '.hidden',
    'name.',
    'tab\tname',
    '',
  ])('refuses the file name %j and creates nothing', async (name) => {
    const dir = await makeTempDir();
    const { folders, saves, picked } = await pickedFolder(dir);
    await expect(
      beginSaveInFolder({ folderId: picked.folderId, name }, { folders, saves, ownerId: OWNER }),
    ).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual([]);
    expect(await fs.readdir(path.dirname(dir))).not.toContain('escape.jsonl');
    expect(saves.size).toBe(0);
  });

  it('accepts the names an export writes, CJK included', () => {
    for (const name of ['train.jsonl', 'test.parquet', 'manifest.json', '匯出.csv']) {
      expect(folderFileNameProblem(name)).toBeUndefined();
    }
  });

  it("another window cannot save into this window's folder, nor after it closed", async () => {
    const dir = await makeTempDir();
    const { folders, saves, picked } = await pickedFolder(dir);
    await expect(
      beginSaveInFolder(
        { folderId: picked.folderId, name: 'data.jsonl' },
        { folders, saves, ownerId: OTHER },
      ),
    ).rejects.toThrow('unknown folder');
    folders.forgetAllOwnedBy(OWNER);
    await expect(
      beginSaveInFolder(
        { folderId: picked.folderId, name: 'data.jsonl' },
        { folders, saves, ownerId: OWNER },
      ),
    ).rejects.toThrow('unknown folder');
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
