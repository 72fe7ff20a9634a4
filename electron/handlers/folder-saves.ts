/**
 * 'files:pick-folder' and 'files:save-in-folder-begin' (issue 13 point 1): an export writes
 * several files (`train.*`, `test.*`, `manifest.json`) into one folder the user picked once.
 * The folder dialog is what grants access, as for single-file saves: main keeps the picked path
 * under an opaque id owned by the window, and the renderer only ever names a file inside it.
 * A name is untrusted (it may be built from draft data one day), so anything that could leave
 * the folder — a separator, `..`, a drive letter, a control character — is refused, not fixed.
 * The save itself is the atomic one of file-saves.ts: temp file beside the target, renamed on
 * end, removed on abort.
 */
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { IpcError } from '../ipc/ipc-error';
import type { FileSaveRegistry } from './file-saves';
import { newHandleId } from './handle-id';

/** Why `name` cannot be a file directly inside a picked folder, or undefined when it can. */
export function folderFileNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 255) {
    return 'a file name must have 1 to 255 characters';
  }
  if (/[\\/]/.test(name)) {
    return 'a file name may not contain a path separator';
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f<>:"|?*]/.test(name)) {
    return 'a file name may not contain control characters or <>:"|?*';
  }
  if (name === '.' || name === '..' || name.startsWith('.') || /[.\s]$/.test(name)) {
    return 'a file name may not be hidden, a dot name, or end in a dot or space';
  }
  return undefined;
}

interface PickedFolder {
  ownerId: number;
  folderPath: string;
}

/** Folders picked per window, by opaque id. */
export class FolderPickRegistry {
  readonly #folders = new Map<string, PickedFolder>();

  constructor(private readonly newId: () => string = newHandleId) {}

  /** Remembers `folderPath` (a folder the user chose in the dialog) for `ownerId`. */
  remember(ownerId: number, folderPath: string): string {
    const folderId = this.newId();
    this.#folders.set(folderId, { ownerId, folderPath });
    return folderId;
  }

  /** The path of a folder this owner picked; throws for another window's or an unknown id. */
  pathOf(ownerId: number, folderId: string): string {
    const folder = this.#folders.get(folderId);
    if (folder === undefined || folder.ownerId !== ownerId) {
      throw new IpcError('unknown folder');
    }
    return folder.folderPath;
  }

  /** Forgets every folder of `ownerId` (its window was destroyed). */
  forgetAllOwnedBy(ownerId: number): void {
    for (const [id, folder] of this.#folders) {
      if (folder.ownerId === ownerId) {
        this.#folders.delete(id);
      }
    }
  }

  get size(): number {
    return this.#folders.size;
  }
}

/** The folder dialog (Electron's `dialog.showOpenDialog`, bound to the caller's window). */
export type ShowFolderDialog = (
  options: OpenDialogOptions,
) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** Shows the folder dialog and remembers the pick for `ownerId`. */
export async function pickFolderFromDialog(
  request: { title?: string },
  deps: { showOpenDialog: ShowFolderDialog; folders: FolderPickRegistry; ownerId: number },
): Promise<{ canceled: true } | { canceled: false; folderId: string; name: string }> {
  const result = await deps.showOpenDialog({
    ...(request.title === undefined ? {} : { title: request.title }),
    properties: ['openDirectory', 'createDirectory'],
  });
  const [folderPath] = result.filePaths;
  if (result.canceled || folderPath === undefined || folderPath === '') {
    return { canceled: true };
  }
  const folderId = deps.folders.remember(deps.ownerId, folderPath);
  return { canceled: false, folderId, name: path.basename(folderPath) || folderPath };
}

/** Starts an atomic save of `name` into a folder `ownerId` picked. */
export async function beginSaveInFolder(
  request: { folderId: string; name: string },
  deps: { folders: FolderPickRegistry; saves: FileSaveRegistry; ownerId: number },
): Promise<{ saveId: string; name: string }> {
  const folderPath = deps.folders.pathOf(deps.ownerId, request.folderId);
  const problem = folderFileNameProblem(request.name);
  if (problem !== undefined) {
    throw new IpcError(problem);
  }
  const target = path.resolve(folderPath, request.name);
  // Belt and braces: whatever the checks above missed, the target stays inside the folder.
  if (path.dirname(target) !== path.resolve(folderPath)) {
    throw new IpcError('a file name must stay inside the picked folder');
  }
  const saveId = await deps.saves.begin(deps.ownerId, target);
  return { saveId, name: request.name };
}
