/**
 * Writes the editor's text to the `editBuffers` table on every input, so a crash loses at most
 * the last keystroke (DESIGN.md, reviewer row). Writes are small but not instant: while one is in
 * flight only the newest text waits, so a fast typist never piles up writes, and the final text
 * is always written last.
 */
import { getDatabase } from '../../db/database-instance';
import { clearEditBuffer, saveEditBuffer } from '../../db/repositories/edit-buffers-repository';

/** Where the newest text stands: being written, on disk, or not written (the write failed). */
export type BufferWriteState = 'saving' | 'saved' | 'error';

export interface EditBufferWriter {
  /** Queues `text` as the buffer's content; replaces any text still waiting. */
  write: (text: string) => void;
  /** Resolves once everything queued so far is written (or has failed). */
  flush: () => Promise<void>;
  /** Drops waiting text, lets the running write finish, then deletes the buffer. */
  discard: () => Promise<void>;
}

/** A writer for one draft's buffer; `onState` hears about every write. */
export function createEditBufferWriter(
  projectId: string,
  draftId: string,
  onState: (state: BufferWriteState) => void,
): EditBufferWriter {
  let waiting: string | undefined;
  let running: Promise<void> | null = null;

  const drain = async () => {
    while (waiting !== undefined) {
      const text = waiting;
      waiting = undefined;
      onState('saving');
      try {
        const updatedAt = new Date().toISOString();
        await saveEditBuffer(getDatabase(), { projectId, draftId, text, updatedAt });
        if (waiting === undefined) {
          onState('saved');
        }
      } catch (error) {
        // Keep going: the next keystroke retries with the newest text.
        console.error('Could not save the edit buffer', error);
        onState('error');
      }
    }
    running = null;
  };

  const flush = async () => {
    while (running) {
      await running;
    }
  };

  return {
    write(text) {
      waiting = text;
      running ??= drain();
    },
    flush,
    async discard() {
      waiting = undefined;
      await flush();
      await clearEditBuffer(getDatabase(), projectId, draftId);
    },
  };
}
