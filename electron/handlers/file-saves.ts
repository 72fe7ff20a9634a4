/**
 * Streamed, atomic saves ('files:save-begin' … 'files:save-end'). Chunks go to a hidden temp file
 * beside the target (same folder, so the final rename stays on one file system and is atomic);
 * only 'save-end' fsyncs and renames it over the target. A crash, an abort or a closed window
 * leaves the previous file untouched and no half-written export under the user's chosen name.
 */
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { IpcError } from '../ipc/ipc-error';
import { newHandleId } from './handle-id';
import { createSerialQueue, type SerialQueue } from './serial-queue';

interface PendingSave {
  ownerId: number;
  handle: FileHandle;
  tempPath: string;
  targetPath: string;
  bytesWritten: number;
  queue: SerialQueue;
}

/** The temp file for a save of `targetPath` with id `saveId`. */
export function partialPathFor(targetPath: string, saveId: string): string {
  return path.join(
    path.dirname(targetPath),
    `.${path.basename(targetPath)}.loupe-partial-${saveId}`,
  );
}

/** Pending saves, by id. */
export class FileSaveRegistry {
  readonly #pending = new Map<string, PendingSave>();

  constructor(private readonly newId: () => string = newHandleId) {}

  /** Starts a save to `targetPath` (a path the user chose in the save dialog). */
  async begin(ownerId: number, targetPath: string): Promise<string> {
    const saveId = this.newId();
    const tempPath = partialPathFor(targetPath, saveId);
    // 'wx': never reuse or follow an existing file (or symlink) at the temp path.
    const handle = await fs.open(tempPath, 'wx');
    this.#pending.set(saveId, {
      ownerId,
      handle,
      tempPath,
      targetPath,
      bytesWritten: 0,
      queue: createSerialQueue(),
    });
    return saveId;
  }

  /** Appends `bytes` to the save. */
  async writeChunk(ownerId: number, saveId: string, bytes: Uint8Array): Promise<void> {
    const entry = this.#owned(ownerId, saveId);
    await entry.queue.run(async () => {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await entry.handle.write(bytes, offset, bytes.byteLength - offset);
        offset += bytesWritten;
      }
      entry.bytesWritten += bytes.byteLength;
    });
  }

  /** Flushes to disk and renames over the target; returns the bytes written. */
  async end(ownerId: number, saveId: string): Promise<number> {
    const entry = this.#owned(ownerId, saveId);
    this.#pending.delete(saveId);
    try {
      await entry.queue.idle();
      await entry.handle.sync();
      await entry.handle.close();
      await fs.rename(entry.tempPath, entry.targetPath);
    } catch (error) {
      await discard(entry);
      throw error;
    }
    await syncFolder(path.dirname(entry.targetPath));
    return entry.bytesWritten;
  }

  /** Drops the save and its temp file; aborting an unknown or finished save is a no-op. */
  async abort(ownerId: number, saveId: string): Promise<void> {
    const entry = this.#pending.get(saveId);
    if (entry === undefined || entry.ownerId !== ownerId) {
      return;
    }
    this.#pending.delete(saveId);
    await entry.queue.idle();
    await discard(entry);
  }

  /** Aborts every save of `ownerId` (its window was destroyed). */
  async abortAllOwnedBy(ownerId: number): Promise<void> {
    const ids = [...this.#pending]
      .filter(([, entry]) => entry.ownerId === ownerId)
      .map(([id]) => id);
    await Promise.all(ids.map((id) => this.abort(ownerId, id)));
  }

  /** Number of pending saves (for tests and leak checks). */
  get size(): number {
    return this.#pending.size;
  }

  #owned(ownerId: number, saveId: string): PendingSave {
    const entry = this.#pending.get(saveId);
    if (entry === undefined || entry.ownerId !== ownerId) {
      throw new IpcError('unknown or finished save');
    }
    return entry;
  }
}

async function discard(entry: PendingSave): Promise<void> {
  await entry.handle.close().catch(() => undefined);
  await fs.rm(entry.tempPath, { force: true });
}

/**
 * Makes the rename itself durable (POSIX: the directory entry lives in the folder). Windows
 * cannot open a folder for fsync; there the rename is already durable enough, so failures are
 * ignored.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort only; see above.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
