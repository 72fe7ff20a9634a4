/**
 * The reviewer on this machine: a generated id and a display name, asked on first start and
 * changeable in settings. Decisions carry both (DESIGN.md, Domain).
 */
import { create } from 'zustand';
import { getDatabase } from '../../db/database-instance';
import { getMeta, getOrCreateDeviceId, setMeta } from '../../db/repositories/meta-repository';
import type { ReviewerProfile } from '../../db/rows';

export const MAX_DISPLAY_NAME_LENGTH = 80;

export interface ProfileState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** `null` until the reviewer has entered a name. */
  profile: ReviewerProfile | null;
  deviceId: string | null;
  load: () => Promise<void>;
  /** Creates the profile on first start, or renames it; the id never changes. */
  saveDisplayName: (displayName: string) => Promise<void>;
  reset: () => void;
}

const initialState = {
  status: 'idle',
  profile: null,
  deviceId: null,
} satisfies Partial<ProfileState>;

/** Trims the name for storage; throws a message key when it cannot be used. */
export function cleanDisplayName(input: string): string {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name.length === 0) {
    throw new Error('profile.errors.empty');
  }
  if ([...name].length > MAX_DISPLAY_NAME_LENGTH) {
    throw new Error('profile.errors.tooLong');
  }
  return name;
}

export const useProfileStore = create<ProfileState>()((set, get) => ({
  ...initialState,

  async load() {
    set({ status: 'loading' });
    try {
      const db = getDatabase();
      const [profile, deviceId] = await Promise.all([
        getMeta(db, 'profile'),
        getOrCreateDeviceId(db),
      ]);
      set({ status: 'ready', profile: profile ?? null, deviceId });
    } catch (error) {
      console.error('Could not read the reviewer profile', error);
      set({ status: 'error' });
    }
  },

  async saveDisplayName(input) {
    const displayName = cleanDisplayName(input);
    const profile: ReviewerProfile = {
      reviewerId: get().profile?.reviewerId ?? crypto.randomUUID(),
      displayName,
    };
    await setMeta(getDatabase(), 'profile', profile);
    set({ profile });
  },

  reset: () => set(initialState),
}));
