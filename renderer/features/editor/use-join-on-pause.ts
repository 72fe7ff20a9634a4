/**
 * For the part editor (part-text.ts): joining a megabyte and writing it to the edit buffer on
 * every keystroke would cost more than the keystroke, so the whole text is joined and handed on
 * (to the buffer writer and the diff) once typing pauses, and at once when the editor saves,
 * closes or goes away: a half-typed edit is never left only in the parts.
 */
import { useEffect, useState } from 'react';

/** How long typing must pause before a long text is joined and written. */
export const JOIN_PAUSE_MS = 300;

export interface JoinOnPause {
  /** A part changed: join and deliver after the next pause. */
  edited: () => void;
  /** Joins and delivers now if an edit is waiting; returns the joined text either way. */
  commit: () => string;
  /** Forgets a waiting edit (the parts were put back). */
  drop: () => void;
}

export function createJoinOnPause(
  join: () => string,
  deliver: (text: string) => void,
  pauseMs: number = JOIN_PAUSE_MS,
): JoinOnPause {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const drop = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };
  const commit = () => {
    const text = join();
    if (timer !== null) {
      drop();
      deliver(text);
    }
    return text;
  };
  return {
    edited() {
      drop();
      timer = setTimeout(commit, pauseMs);
    },
    commit,
    drop,
  };
}

/** One JoinOnPause for the editor's life; leaving the editor with an edit waiting writes it. */
export function useJoinOnPause(join: () => string, deliver: (text: string) => void) {
  const [joined] = useState(() => createJoinOnPause(join, deliver));
  useEffect(() => () => void joined.commit(), [joined]);
  return joined;
}
