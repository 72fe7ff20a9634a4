/**
 * True while an input method is composing. `isComposing` is the standard flag; keyCode 229 is
 * what Chromium reports for the keydown that starts or feeds a composition (Zhuyin, Cangjie,
 * Pinyin), where `isComposing` can still be false. Without this, typing Chinese approves drafts,
 * and the Escape that cancels a composition would also close the dialog around it.
 */
export function isImeEvent(event: KeyboardEvent | { isComposing: boolean; keyCode: number }) {
  return event.isComposing || event.keyCode === 229;
}
