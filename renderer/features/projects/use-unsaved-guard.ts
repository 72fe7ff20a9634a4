/**
 * Keeps edits from being lost by accident: parts of the dialog report whether they hold unsaved
 * changes, and an action that would drop them (closing, opening another project) waits for the
 * reviewer to confirm. Focus goes back to where it was when the question is answered.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface UnsavedGuard {
  /** A stable reporter per part (`'settings'`, `'name'`): call it with the part's dirty flag. */
  reporter: (part: string) => (dirty: boolean) => void;
  /** Runs `action` now, or after the reviewer agrees to discard unsaved changes. */
  guard: (action: () => void) => void;
  /** True while the question is shown. */
  asking: boolean;
  keepEditing: () => void;
  discard: () => void;
}

/** `fallback` takes focus when the element that had it is gone (e.g. a project switch). */
export function useUnsavedGuard(fallback: RefObject<HTMLElement | null>): UnsavedGuard {
  const [dirtyParts, setDirtyParts] = useState<ReadonlySet<string>>(() => new Set());
  const [pending, setPending] = useState<{ action: () => void } | null>(null);
  const reporters = useRef(new Map<string, (dirty: boolean) => void>());
  const returnFocus = useRef<HTMLElement | null>(null);
  const [restoreFocus, setRestoreFocus] = useState(0);

  const reporter = useCallback((part: string) => {
    let report = reporters.current.get(part);
    if (report === undefined) {
      report = (dirty: boolean) =>
        setDirtyParts((old) => {
          if (old.has(part) === dirty) {
            return old;
          }
          const next = new Set(old);
          if (dirty) {
            next.add(part);
          } else {
            next.delete(part);
          }
          return next;
        });
      reporters.current.set(part, report);
    }
    return report;
  }, []);

  // After the question closes (and the dialog is no longer inert), focus returns.
  useEffect(() => {
    if (restoreFocus === 0) {
      return;
    }
    const element = returnFocus.current;
    (element?.isConnected === true ? element : fallback.current)?.focus();
  }, [restoreFocus, fallback]);

  const guard = (action: () => void) => {
    if (dirtyParts.size === 0) {
      action();
      return;
    }
    returnFocus.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending({ action });
  };

  const close = () => {
    setPending(null);
    setRestoreFocus((count) => count + 1);
  };

  return {
    reporter,
    guard,
    asking: pending !== null,
    keepEditing: close,
    discard: () => {
      close();
      pending?.action();
    },
  };
}
