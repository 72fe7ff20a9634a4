/**
 * Tests on keyboard events that every shortcut listener shares: IME composition and text
 * fields must never trigger a review decision.
 */

/**
 * True while an input method is composing. `isComposing` is the standard flag; keyCode 229 is
 * what Chromium reports for the keydown that starts or feeds a composition (Zhuyin, Cangjie,
 * Pinyin), where `isComposing` can still be false. Without this, typing Chinese approves drafts.
 */
export function isImeEvent(event: KeyboardEvent | { isComposing: boolean; keyCode: number }) {
  return event.isComposing || event.keyCode === 229;
}

/** True when the event belongs to a place where keys are text: fields and editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) {
    return false;
  }
  if (target.closest('input, textarea, select')) {
    return true;
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
