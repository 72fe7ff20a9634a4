/**
 * The inbox's keys on `window`: on the list, next/previous of the keymap (J/K unless remapped)
 * and the arrows move, Enter opens; on an open row, the fixed call keys (lead-keys.ts) and
 * Escape back. Undo and the cheatsheet follow the keymap everywhere. Like the review keys,
 * nothing fires while typing, inside a dialog, during an IME composition or with Ctrl/Cmd/Alt.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import {
  LEAD_LIST_KEYS,
  editIndexForKey,
  leadCallForKey,
  type LeadCallKey,
} from '../../../stores/keymap/lead-keys';
import { actionForKey } from '../../../stores/keymap/keymap-keys';
import { useKeymapStore } from '../../../stores/keymap/keymap-store';
import { useNavigationStore } from '../../../stores/navigation/navigation-store';
import { isNotAShortcut } from '../../keyboard/keyboard-events';
import { useKeymapLoaded } from '../../keyboard/use-keymap-loaded';

export interface InboxKeyHandlers {
  /** Null while the list shows; the open row's handlers otherwise. */
  call: ((call: LeadCallKey) => void) | null;
  acceptEdit: ((index: number) => void) | null;
  move: (step: number) => void;
  open: () => void;
  undo: () => void;
}

/** True for an element whose own Enter or Space must not be taken (a button, a link). */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary') !== null;
}

export function useInboxKeys(handlers: InboxKeyHandlers, enabled = true): void {
  const ref = useRef(handlers);
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  useKeymapLoaded();

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (isNotAShortcut(event)) {
        return;
      }
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      const { call, acceptEdit, move, open, undo } = ref.current;
      if (call !== null) {
        const fixed = leadCallForKey(event.key);
        if (fixed !== undefined && !event.repeat) {
          run(() => call(fixed));
          return;
        }
        const edit = editIndexForKey(event.key);
        if (edit !== null && acceptEdit !== null && !event.repeat) {
          run(() => acceptEdit(edit));
          return;
        }
      } else if (event.key === LEAD_LIST_KEYS.open && !isActivatable(event.target)) {
        run(open);
        return;
      } else if (event.key === LEAD_LIST_KEYS.down || event.key === LEAD_LIST_KEYS.up) {
        run(() => move(event.key === LEAD_LIST_KEYS.down ? 1 : -1));
        return;
      }
      const action = actionForKey(useKeymapStore.getState().keymap, event.key);
      if (action === 'next' && call === null) {
        run(() => move(1));
      } else if (action === 'previous' && call === null) {
        run(() => move(-1));
      } else if (action === 'undo' && !event.repeat) {
        run(undo);
      } else if (action === 'cheatsheet') {
        run(() => useNavigationStore.getState().setCheatsheetOpen(true));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
