/**
 * Files the user picked, read as a stream of chunks ('files:read-chunk'), so a multi-GB import
 * never sits in memory or in one IPC message. Each handle belongs to the webContents that opened
 * it: another window cannot read it, and all are closed when their window goes away.
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

/** Open read handles, by id. */
export class FileReadRegistry {
  readonly #open = new Map<string, OpenRead>();

  constructor(private readonly newId: () => string = newHandleId) {}

  /** Opens `filePath` for `ownerId`; the size is fixed at this moment. */
  async open(ownerId: number, filePath: string): Promise<OpenedFile> {
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

  /** Closes a handle; closing an unknown or already closed one is a no-op. */
  async close(ownerId: number, fileId: string): Promise<void> {
    const entry = this.#open.get(fileId);
    if (entry === undefined || entry.ownerId !== ownerId) {
      return;
    }
    this.#open.delete(fileId);
    await entry.queue.idle();
    await entry.handle.close().catch(() => undefined);
  }

  /** Closes every handle of `ownerId` (its window was destroyed). */
  async closeAllOwnedBy(ownerId: number): Promise<void> {
    const ids = [...this.#open].filter(([, entry]) => entry.ownerId === ownerId).map(([id]) => id);
    await Promise.all(ids.map((id) => this.close(ownerId, id)));
  }

  /** Number of open handles (for tests and leak checks). */
  get size(): number {
    return this.#open.size;
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
