/**
 * 'files:open' and 'files:save-begin': the native dialogs, then the registries. The dialog is
 * what grants access: the renderer never names a path, it only gets opaque handles to what the
 * user picked.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { OpenedFile, OpenFilesRequest, SaveFileRequest } from '../../shared/ipc/contract';
import type { FileReadRegistry } from './file-reads';
import type { FileSaveRegistry } from './file-saves';

/** The dialog effects (Electron's `dialog`, bound to the caller's window). */
export interface FileDialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

/**
 * A file name the renderer suggests, reduced to one safe path segment: the suggestion is
 * untrusted (it may come from a project name in a draft), and `defaultPath` with `../` or an
 * absolute path would point the dialog somewhere the user did not expect.
 */
export function sanitizeSuggestedName(name: string): string {
  const last =
    name
      .split(/[\\/]/)
      .filter((part) => part !== '')
      .pop() ?? '';
  const cleaned = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? 'export' : cleaned;
}

/** Shows the open dialog and opens each picked file for `ownerId`. */
export async function openFilesFromDialog(
  request: OpenFilesRequest,
  deps: { dialogs: FileDialogs; reads: FileReadRegistry; ownerId: number },
): Promise<{ files: OpenedFile[] }> {
  const result = await deps.dialogs.showOpenDialog({
    ...(request.title === undefined ? {} : { title: request.title }),
    ...(request.filters === undefined ? {} : { filters: request.filters }),
    properties: request.multiple === true ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (result.canceled) {
    return { files: [] };
  }
  const files: OpenedFile[] = [];
  try {
    for (const filePath of result.filePaths) {
      files.push(await deps.reads.open(deps.ownerId, filePath));
    }
  } catch (error) {
    // All or nothing: the renderer never holds handles it was not told about.
    await Promise.all(files.map((file) => deps.reads.discard(deps.ownerId, file.fileId)));
    throw error;
  }
  return { files };
}

/** Shows the save dialog and starts a save for `ownerId`. */
export async function beginSaveFromDialog(
  request: SaveFileRequest,
  deps: { dialogs: FileDialogs; saves: FileSaveRegistry; ownerId: number; defaultFolder: string },
): Promise<{ canceled: true } | { canceled: false; saveId: string; name: string }> {
  const result = await deps.dialogs.showSaveDialog({
    defaultPath: path.join(deps.defaultFolder, sanitizeSuggestedName(request.suggestedName)),
    ...(request.title === undefined ? {} : { title: request.title }),
    ...(request.filters === undefined ? {} : { filters: request.filters }),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') {
    return { canceled: true };
  }
  const saveId = await deps.saves.begin(deps.ownerId, result.filePath);
  return { canceled: false, saveId, name: path.basename(result.filePath) };
}
