/**
 * An export folder in Electron (issue 13 point 1): the folder is picked in main's dialog and
 * known here only by an opaque id; each file is an atomic save in main ('files:save-in-folder-
 * begin', then the usual chunk/end/abort), so a partial file never sits under its final name.
 * Writers hand out many small pieces (one JSON line each); they are packed into chunks of up to
 * {@link MAX_CHUNK_BYTES} so 100k records cost a few hundred IPC messages, not 100k.
 */
import { MAX_CHUNK_BYTES } from '../../shared/ipc/contract';
import type { LoupeApi } from '../../shared/ipc/loupe-api';
import type { ExportFolder, FolderFile } from './bridge';

/** Bytes gathered before one IPC message; below the contract's limit. */
const PACK_BYTES = 256 * 1024;

function folderFile(api: LoupeApi, saveId: string): FolderFile {
  let buffer = new Uint8Array(PACK_BYTES);
  let filled = 0;
  const send = async (bytes: Uint8Array) => {
    for (let offset = 0; offset < bytes.byteLength; offset += MAX_CHUNK_BYTES) {
      await api.writeSaveChunk({ saveId, bytes: bytes.subarray(offset, offset + MAX_CHUNK_BYTES) });
    }
  };
  const flush = async () => {
    if (filled > 0) {
      const full = buffer.subarray(0, filled);
      // A fresh buffer: IPC may still be cloning the one just sent.
      buffer = new Uint8Array(PACK_BYTES);
      filled = 0;
      await send(full);
    }
  };
  return {
    async write(chunk) {
      if (filled + chunk.byteLength > PACK_BYTES) {
        await flush();
      }
      if (chunk.byteLength >= PACK_BYTES) {
        await send(chunk);
        return;
      }
      buffer.set(chunk, filled);
      filled += chunk.byteLength;
    },
    async close() {
      try {
        await flush();
        return await api.endSaveFile({ saveId });
      } catch (error) {
        // Main deletes the partial file; the caller still learns what went wrong.
        await api.abortSaveFile({ saveId }).catch(() => undefined);
        throw error;
      }
    },
    abort: () => api.abortSaveFile({ saveId }),
  };
}

/** Shows main's folder dialog; undefined when the user cancels. */
export async function pickElectronExportFolder(
  api: LoupeApi,
  options: { title?: string } = {},
): Promise<ExportFolder | undefined> {
  const picked = await api.pickFolder({ title: options.title });
  if (picked.canceled) {
    return undefined;
  }
  const { folderId } = picked;
  return {
    kind: 'folder',
    name: picked.name,
    async createFile(name) {
      const { saveId } = await api.beginSaveInFolder({ folderId, name });
      return folderFile(api, saveId);
    },
  };
}
