/**
 * The review shortcuts as data: which actions exist, their default keys, and how a keyboard
 * event becomes a key identity. Pure, so the store, the hook and the settings table agree.
 */

/** Every remappable review action, in the order the cheatsheet and settings list them. */
export const REVIEW_ACTIONS = [
  'approve',
  'edit',
  'escalate',
  'skip',
  'undo',
  'next',
  'previous',
  'cheatsheet',
] as const;

export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Action → normalised key. */
export type Keymap = Record<ReviewAction, string>;

/** One key per decision, on the left hand where possible; J/K as in most list UIs. */
export const DEFAULT_KEYMAP: Readonly<Keymap> = Object.freeze({
  approve: 'a',
  edit: 'e',
  escalate: 'x',
  skip: 's',
  undo: 'z',
  next: 'j',
  previous: 'k',
  cheatsheet: '?',
});

/**
 * Actions that change a draft: a held key must not repeat them (holding A would approve a
 * whole queue). Moving through the queue may repeat, like holding an arrow key.
 */
export const DECISION_ACTIONS: ReadonlySet<ReviewAction> = new Set<ReviewAction>([
  'approve',
  'edit',
  'escalate',
  'skip',
  'undo',
  'cheatsheet',
]);

/** Fixed keys inside the draft editor; documented in the cheatsheet, not remappable. */
export const EDITOR_KEYS = ['saveEdit', 'cancelEdit'] as const;
export type EditorKey = (typeof EDITOR_KEYS)[number];

/** Why a key cannot be a shortcut; each has a message in `keyboard.invalid.*`. */
export type InvalidKeyReason = 'enter' | 'tab' | 'escape' | 'space' | 'modifier' | 'unusable';

const RESERVED: Record<string, InvalidKeyReason> = {
  Enter: 'enter',
  Tab: 'tab',
  Escape: 'escape',
  ' ': 'space',
  Spacebar: 'space',
};

const MODIFIERS = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'Super',
  'Hyper',
  'Fn',
  'FnLock',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Symbol',
  'SymbolLock',
]);

// Keys an IME or dead-key sequence reports mid-composition: they never mean one stable key.
const UNUSABLE = new Set(['Dead', 'Process', 'Unidentified', 'Compose', '']);

/**
 * The identity of a key: letters lower-cased so Shift or Caps Lock still match, everything else
 * as `event.key` reports it (so `?` is whatever the layout produces, Shift included).
 */
export function normaliseKey(key: string): string {
  return [...key].length === 1 ? key.toLowerCase() : key;
}

/** Why `key` cannot be a shortcut, or `null` when it can. */
export function invalidKeyReason(key: string): InvalidKeyReason | null {
  if (key in RESERVED) {
    return RESERVED[key] ?? null;
  }
  if (MODIFIERS.has(key)) {
    return 'modifier';
  }
  return UNUSABLE.has(key) ? 'unusable' : null;
}

/** True for a key that is only a modifier (settings waits for the key pressed with it). */
export function isModifierKey(key: string): boolean {
  return MODIFIERS.has(key);
}

/** The action bound to `key` in `keymap`, if any. */
export function actionForKey(keymap: Keymap, key: string): ReviewAction | undefined {
  const wanted = normaliseKey(key);
  return REVIEW_ACTIONS.find((action) => keymap[action] === wanted);
}

/**
 * A keymap from stored data: each valid stored key wins, anything missing or invalid keeps its
 * default. If that leaves two actions on one key (a hand-edited or foreign value), the whole map
 * goes back to defaults: a shortcut that silently does the wrong decision is worse than a reset.
 */
export function keymapFromStored(stored: Record<string, string> | undefined): Keymap {
  const keymap: Keymap = { ...DEFAULT_KEYMAP };
  if (!stored) {
    return keymap;
  }
  for (const action of REVIEW_ACTIONS) {
    const key = stored[action];
    if (typeof key === 'string' && invalidKeyReason(key) === null) {
      keymap[action] = normaliseKey(key);
    }
  }
  const keys = REVIEW_ACTIONS.map((action) => keymap[action]);
  return new Set(keys).size === keys.length ? keymap : { ...DEFAULT_KEYMAP };
}
