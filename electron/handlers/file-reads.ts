/**
 * Files the user picked, read as a stream of chunks ('files:read-chunk'), so a multi-GB import
 * never sits in memory or in one IPC message. Each handle belongs to the webContents that opened
 * it: another window cannot read it, and all are closed when their window goes away.
 *
 * An import reads its file more than once (a checking pass, then a writing pass), so the
 * registry also remembers the path behind each pick, by the id the pick returned, and
 * 'files:reopen' opens a fresh handle on it. The path only ever comes from the dialog; the
 * renderer can name a pick, never a path.
 */
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { MAX_CHUNK_BYTES, type OpenedFile } from '../../shared/ipc/contract';
import { IpcError } from '../ipc/ipc-error';
import { newHandleId } from './handle-id';
import { createSerialQueue, type SerialQueue } from './serial-queue';

interface OpenRead {
  ownerId: number;
  handle: FileHandle;
  size: number;
  position: number;
  queue: SerialQueue;
}

/**
 * How many picks each window can reopen: the most recently picked or reopened ones. Without a
 * bound a long session would grow the record with every file ever picked.
 */
export const MAX_REMEMBERED_PICKS = 64;

const UNKNOWN_PICK = 'unknown picked file';

/** Open read handles, by id, and the paths each window picked, by the pick's id. */
export class FileReadRegistry {
  readonly #open = new Map<string, OpenRead>();
  /** ownerId → pick's fileId → path, least recently used first (Map keeps insertion order). */
  readonly #picks = new Map<number, Map<string, string>>();

  constructor(private readonly newId: () => string = newHandleId) {}

  /**
   * Opens `filePath`, which the user just picked in the dialog, for `ownerId`; the size is fixed
   * at this moment. The pick is remembered under the returned id for {@link reopen}.
   */
  async open(ownerId: number, filePath: string): Promise<OpenedFile> {
    const opened = await this.#openHandle(ownerId, filePath);
    this.#remember(ownerId, opened.fileId, filePath);
    return opened;
  }

  /**
   * Opens a new handle, from the start, on the file `ownerId` picked as `fileId` (whether that
   * handle is still open, read to the end or closed). The size is read again now. Another
   * window's pick fails exactly like an unknown id.
   */
  async reopen(ownerId: number, fileId: string): Promise<OpenedFile> {
    const picks = this.#picks.get(ownerId);
    const filePath = picks?.get(fileId);
    if (picks === undefined || filePath === undefined) {
      throw new IpcError(UNKNOWN_PICK);
    }
    // A file being read again is the last one to forget.
    picks.delete(fileId);
    picks.set(fileId, filePath);
    const opened = await this.#openHandle(ownerId, filePath);
    if (this.#picks.get(ownerId)?.get(fileId) !== filePath) {
      // The window went away while the file was opening: its handles were closed without this one.
      await this.close(ownerId, opened.fileId);
      throw new IpcError(UNKNOWN_PICK);
    }
    return opened;
  }

  /**
   * Closes a handle and forgets its pick: for a pick the renderer was never told about (the
   * dialog opens all picked files or none).
   */
  async discard(ownerId: number, fileId: string): Promise<void> {
    this.#picks.get(ownerId)?.delete(fileId);
    await this.close(ownerId, fileId);
  }

  async #openHandle(ownerId: number, filePath: string): Promise<OpenedFile> {
    const name = path.basename(filePath);
    const handle = await fs.open(filePath, 'r');
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) {
        throw new IpcError(`${name} is not a regular file`);
      }
      const fileId = this.newId();
      this.#open.set(fileId, {
        ownerId,
        handle,
        size: stat.size,
        position: 0,
        queue: createSerialQueue(),
      });
      return { fileId, name, size: stat.size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /**
   * Reads the next chunk of at most `min(maxBytes, MAX_CHUNK_BYTES)` bytes. `done` is true on
   * the chunk that reaches the end (the size reported at open); the handle is then closed.
   */
  async readChunk(
    ownerId: number,
    fileId: string,
    maxBytes: number = MAX_CHUNK_BYTES,
  ): Promise<{ bytes: Uint8Array; done: boolean }> {
    const entry = this.#owned(ownerId, fileId);
    return entry.queue.run(async () => {
      if (this.#open.get(fileId) !== entry) {
        throw new IpcError('file handle is closed');
      }
      const wanted = Math.max(0, Math.min(maxBytes, MAX_CHUNK_BYTES, entry.size - entry.position));
      // A fresh buffer per chunk: a pooled Buffer would carry unrelated bytes across IPC.
      const buffer = new Uint8Array(wanted);
      const { bytesRead } =
        wanted === 0
          ? { bytesRead: 0 }
          : await entry.handle.read(buffer, 0, wanted, entry.position);
      entry.position += bytesRead;
      // A short read means the file shrank since it was opened: stop there.
      const done = bytesRead < wanted || entry.position >= entry.size;
      if (done) {
        this.#open.delete(fileId);
        await entry.handle.close();
      }
      return { bytes: bytesRead === wanted ? buffer : buffer.slice(0, bytesRead), done };
    });
  }

  /**
   * Closes a handle; closing an unknown or already closed one is a no-op. The pick stays
   * remembered: a reader that stopped early may want to read the file again.
   */
  async close(ownerId: number, fileId: string): Promise<void> {
    const entry = this.#open.get(fileId);
    if (entry === undefined || entry.ownerId !== ownerId) {
      return;
    }
    this.#open.delete(fileId);
    await entry.queue.idle();
    await entry.handle.close().catch(() => undefined);
  }

  /** Closes every handle of `ownerId` and forgets its picks (its window was destroyed). */
  async closeAllOwnedBy(ownerId: number): Promise<void> {
    // First, synchronously: a reopen still opening its file sees this and closes its handle.
    this.#picks.delete(ownerId);
    const ids = [...this.#open].filter(([, entry]) => entry.ownerId === ownerId).map(([id]) => id);
    await Promise.all(ids.map((id) => this.close(ownerId, id)));
  }

  /** Number of open handles (for tests and leak checks). */
  get size(): number {
    return this.#open.size;
  }

  /** Number of picks `ownerId` can reopen (for tests and leak checks). */
  rememberedPicks(ownerId: number): number {
    return this.#picks.get(ownerId)?.size ?? 0;
  }

  #remember(ownerId: number, fileId: string, filePath: string): void {
    let picks = this.#picks.get(ownerId);
    if (picks === undefined) {
      picks = new Map();
      this.#picks.set(ownerId, picks);
    }
    picks.set(fileId, filePath);
    for (const oldest of picks.keys()) {
      if (picks.size <= MAX_REMEMBERED_PICKS) {
        break;
      }
      picks.delete(oldest);
    }
  }

  #owned(ownerId: number, fileId: string): OpenRead {
    const entry = this.#open.get(fileId);
    // Another window's handle looks exactly like an unknown one: no oracle for guessing ids.
    if (entry === undefined || entry.ownerId !== ownerId) {
      throw new IpcError('unknown or closed file handle');
    }
    return entry;
  }
}
