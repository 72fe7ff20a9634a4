/**
 * The reviewer's shortcut keys. Actions are the only writers; every change is persisted to the
 * `meta` table (key `keymap`) so a remap survives restarts.
 */
import { create } from 'zustand';
import { getDatabase } from '../../db/database-instance';
import { getMeta, setMeta } from '../../db/repositories/meta-repository';
import {
  DEFAULT_KEYMAP,
  REVIEW_ACTIONS,
  actionForKey,
  invalidKeyReason,
  keymapFromStored,
  normaliseKey,
  type InvalidKeyReason,
  type Keymap,
  type ReviewAction,
} from './keymap-keys';

/** What `assignKey` did; a refusal says why so the settings table can explain it. */
export type AssignResult =
  | { ok: true; key: string; swappedWith?: ReviewAction }
  | { ok: false; reason: 'invalid'; key: string; invalid: InvalidKeyReason }
  | { ok: false; reason: 'conflict'; key: string; conflictsWith: ReviewAction };

export interface AssignOptions {
  /** Give the other action this action's old key instead of refusing the conflict. */
  swap?: boolean;
}

export interface KeymapState {
  status: 'idle' | 'loading' | 'ready';
  keymap: Keymap;
  /** Reads the stored keymap; without one (or if the database fails) the defaults apply. */
  load: () => Promise<void>;
  /** Binds `key` to `action`, refusing unusable keys and keys another action holds. */
  assignKey: (action: ReviewAction, key: string, options?: AssignOptions) => Promise<AssignResult>;
  /** Every action back on its default key. */
  resetToDefaults: () => Promise<void>;
  /** Back to the initial state (tests). */
  reset: () => void;
}

const initialState = {
  status: 'idle',
  keymap: { ...DEFAULT_KEYMAP },
} satisfies Partial<KeymapState>;

/** Stores only the keymap's entries, as plain data. */
async function persist(keymap: Keymap): Promise<void> {
  const value: Record<string, string> = {};
  for (const action of REVIEW_ACTIONS) {
    value[action] = keymap[action];
  }
  await setMeta(getDatabase(), 'keymap', value);
}

export const useKeymapStore = create<KeymapState>()((set, get) => ({
  ...initialState,

  async load() {
    set({ status: 'loading' });
    let stored: Record<string, string> | undefined;
    try {
      stored = await getMeta(getDatabase(), 'keymap');
    } catch (error) {
      // Shortcuts must work even without IndexedDB: fall back to the defaults.
      console.error('Could not read the keymap', error);
    }
    set({ status: 'ready', keymap: keymapFromStored(stored) });
  },

  async assignKey(action, rawKey, options = {}) {
    const invalid = invalidKeyReason(rawKey);
    if (invalid) {
      return { ok: false, reason: 'invalid', key: rawKey, invalid };
    }
    const key = normaliseKey(rawKey);
    const current = get().keymap;
    const holder = actionForKey(current, key);
    if (holder === action) {
      return { ok: true, key };
    }
    if (holder && !options.swap) {
      return { ok: false, reason: 'conflict', key, conflictsWith: holder };
    }
    const next: Keymap = { ...current, [action]: key };
    if (holder) {
      next[holder] = current[action];
    }
    set({ keymap: next });
    await persist(next);
    return holder ? { ok: true, key, swappedWith: holder } : { ok: true, key };
  },

  async resetToDefaults() {
    const keymap = { ...DEFAULT_KEYMAP };
    set({ keymap });
    await persist(keymap);
  },

  reset: () => set({ ...initialState, keymap: { ...DEFAULT_KEYMAP } }),
}));
