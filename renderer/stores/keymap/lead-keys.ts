/**
 * The lead inbox's keys (issue 14). Moving (J/K, or whatever the reviewer remapped next and
 * previous to), undo and the cheatsheet come from the keymap; the arrows, Enter and Escape are
 * fixed as in any list; the calls on an open row are fixed letters and digits, documented in
 * the cheatsheet. They live on their own screen, so they never meet the review keys.
 */

/** Fixed keys on the inbox list. */
export const LEAD_LIST_KEYS = {
  down: 'ArrowDown',
  up: 'ArrowUp',
  open: 'Enter',
} as const;

/** Fixed keys on an open inbox row. */
export const LEAD_CALL_KEYS = {
  acceptOriginal: 'o',
  writeFinal: 'w',
  reject: 'r',
  sendBack: 'b',
  back: 'Escape',
} as const;

export type LeadCallKey = keyof typeof LEAD_CALL_KEYS;

/** In the order the cheatsheet lists them; `acceptEdit` is the digits 1–9 (one per edit). */
export const LEAD_CHEATSHEET_KEYS = [
  'open',
  'acceptOriginal',
  'acceptEdit',
  'writeFinal',
  'reject',
  'sendBack',
  'back',
] as const;

export type LeadCheatsheetKey = (typeof LEAD_CHEATSHEET_KEYS)[number];

/** The key label of a cheatsheet row (digits shown as a range by the cheatsheet). */
export function leadKeyName(key: LeadCheatsheetKey): string {
  if (key === 'open') {
    return LEAD_LIST_KEYS.open;
  }
  return key === 'acceptEdit' ? '1' : LEAD_CALL_KEYS[key];
}

/** Which reviewer edit a digit key picks (1 → the first), or null for any other key. */
export function editIndexForKey(key: string): number | null {
  return /^[1-9]$/.test(key) ? Number(key) - 1 : null;
}

/** The fixed call bound to `key` on an open row, if any (letters case-insensitive). */
export function leadCallForKey(key: string): LeadCallKey | undefined {
  const wanted = key.length === 1 ? key.toLowerCase() : key;
  return (Object.keys(LEAD_CALL_KEYS) as LeadCallKey[]).find(
    (call) => LEAD_CALL_KEYS[call] === wanted,
  );
}
