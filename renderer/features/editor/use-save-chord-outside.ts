/**
 * Ctrl/Cmd+Enter saves the open editor also when focus is outside it: a save refused for a
 * missing rubric answer moves focus to that question (issue 12 point 7), and the reviewer who
 * answers it by keyboard then saves from there, without reaching back for the editor.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { isImeEvent } from '../keyboard/keyboard-events';

export function useSaveChordOutside(editor: RefObject<HTMLElement | null>, save: () => void) {
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || isImeEvent(event)) {
        return;
      }
      // The editor's own handler took it already; a dialog (escalate) owns its own Enter.
      const target = event.target instanceof Element ? event.target : null;
      if (
        event.defaultPrevented ||
        (target !== null && editor.current?.contains(target) === true) ||
        (target?.closest('[role="dialog"], [role="alertdialog"]') ?? null) !== null
      ) {
        return;
      }
      event.preventDefault();
      latestSave.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
