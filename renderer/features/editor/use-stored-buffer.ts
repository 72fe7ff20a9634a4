/** Reads a draft's unsaved edit from the `editBuffers` table once, when the editor opens. */
import { useEffect, useState } from 'react';
import { readEditBuffer } from '../../stores/editing/read-edit-buffer';

/** The text the editor starts from; `restored` when it came from a buffer left by a crash or cancel. */
export type StoredBuffer =
  { status: 'loading' } | { status: 'ready'; text: string; restored: boolean };

/** The buffered text for the draft, or `original` when there is none (or it can't be read). */
export function useStoredBuffer(projectId: string, draftId: string, original: string) {
  const [loaded, setLoaded] = useState<{ id: string; buffer: StoredBuffer } | null>(null);
  const id = JSON.stringify([projectId, draftId]);

  useEffect(() => {
    let live = true;
    void readEditBuffer(projectId, draftId)
      .catch((error: unknown) => {
        // Better to edit from the original than to show no editor at all.
        console.error('Could not read the edit buffer', error);
        return undefined;
      })
      .then((text) => {
        if (live) {
          const buffer: StoredBuffer =
            text === undefined
              ? { status: 'ready', text: original, restored: false }
              : { status: 'ready', text, restored: text !== original };
          setLoaded({ id, buffer });
        }
      });
    return () => {
      live = false;
    };
  }, [id, projectId, draftId, original]);

  // A result for another draft is not this draft's buffer.
  return loaded?.id === id ? loaded.buffer : ({ status: 'loading' } as const);
}
