/**
 * Tests on keyboard events that every shortcut listener shares: IME composition and text
 * fields must never trigger a review decision.
 */

// Lives with the generic dialog (which must not close on a composition's Escape); shared here.
import { isImeEvent } from '../../components/ime-event';

export { isImeEvent };

/**
 * Input types that take no text: a letter or digit pressed on them types nothing, so the review
 * keys still work there (a reviewer who just picked a rating can press A at once).
 */
const CHOICE_INPUT_TYPES = new Set(['radio', 'checkbox']);

/** True for a radio button or a checkbox: arrows and Space belong to it, letters do not. */
export function isChoiceInput(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && CHOICE_INPUT_TYPES.has(target.type);
}

/**
 * Keys a focused radio button or checkbox uses itself (moving through its group, toggling):
 * a shortcut remapped to one of them must not take it away.
 */
const CHOICE_INPUT_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  ' ',
]);

/** True when `key` pressed on `target` is the control's own (an arrow on a radio button). */
export function isControlKey(target: EventTarget | null, key: string): boolean {
  return isChoiceInput(target) && CHOICE_INPUT_KEYS.has(key);
}

/**
 * True when the event belongs to a place where keys are text: text fields, selects and editable
 * content. Radio buttons and checkboxes are not: they take no text.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) {
    return false;
  }
  const field = target.closest('input, textarea, select');
  if (field !== null) {
    return !isChoiceInput(field);
  }
  // `isContentEditable` is missing in jsdom and false for some inherited cases; the attribute is not.
  const editable = target.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false';
}

/** True when focus is inside a modal dialog: its keys belong to the dialog, not the screen. */
export function isInModalDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[aria-modal="true"]') !== null;
}

/** True when Ctrl, Cmd or Alt is held: those chords belong to the menu and the system. */
export function hasCommandModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}

/**
 * True when a single-key shortcut must leave `event` alone: already handled, part of an IME
 * composition, a Ctrl/Cmd/Alt chord, typed into a text field or inside a modal dialog. The
 * review screen and the lead's inbox listen by the same rules.
 */
export function isNotAShortcut(event: KeyboardEvent): boolean {
  return (
    event.defaultPrevented ||
    isImeEvent(event) ||
    hasCommandModifier(event) ||
    isTypingTarget(event.target) ||
    isInModalDialog(event.target)
  );
}
