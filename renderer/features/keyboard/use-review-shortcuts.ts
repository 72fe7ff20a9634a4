/** The review screen's single-key shortcuts, read from the keymap store. */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { DECISION_ACTIONS, actionForKey, type ReviewAction } from '../../stores/keymap/keymap-keys';
import { useKeymapStore } from '../../stores/keymap/keymap-store';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { isControlKey, isNotAShortcut } from './keyboard-events';
import { useKeymapLoaded } from './use-keymap-loaded';

/** What to do per action; an action without a handler lets its key through untouched. */
export type ReviewShortcutHandlers = Partial<Record<ReviewAction, () => void>>;

export interface ReviewShortcutOptions {
  /** False turns every shortcut off (e.g. while the editor or a dialog is open). Default true. */
  enabled?: boolean;
}

/** The app-wide cheatsheet flag, shared with the native menu's "show shortcuts". */
const openCheatsheet = () => useNavigationStore.getState().setCheatsheetOpen(true);

/**
 * Listens for the keymap's keys on `window` and calls the matching handler. Ignores keys typed
 * into text fields or a modal dialog, a radio button's or checkbox's own keys (arrows, Space),
 * keys of an IME composition, Ctrl/Cmd/Alt chords and held decision keys; prevents the default
 * only for keys it handles. Without a `cheatsheet` handler the cheatsheet key sets the
 * navigation store's `cheatsheetOpen`.
 */
export function useReviewShortcuts(
  handlers: ReviewShortcutHandlers,
  options: ReviewShortcutOptions = {},
): void {
  const enabled = options.enabled ?? true;
  // The latest handlers without re-subscribing on every render (callers pass inline lambdas).
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });

  useKeymapLoaded();

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (isNotAShortcut(event) || isControlKey(event.target, event.key)) {
        return;
      }
      const action = actionForKey(useKeymapStore.getState().keymap, event.key);
      if (!action) {
        return;
      }
      const handler =
        handlersRef.current[action] ?? (action === 'cheatsheet' ? openCheatsheet : undefined);
      if (!handler) {
        return;
      }
      // Swallow the repeat too, so a held decision key doesn't type or scroll behind us.
      event.preventDefault();
      if (event.repeat && DECISION_ACTIONS.has(action)) {
        return;
      }
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
