/**
 * Where this machine keeps the hub token, for the Team hub screen to say so (issue 11): in
 * Electron main keeps it with safeStorage (the system keychain, or unencrypted where the
 * platform offers none); the browser build keeps it in this browser's storage. Only the bridge
 * knows, and it never hands the token itself back.
 */
import { create } from 'zustand';
import type { SecretStorage } from '../../../shared/ipc/contract';
import { getBridge } from '../../platform/current-bridge';

export interface HubConnectionState {
  /** Which shell the app runs in; null until read. */
  runtime: 'electron' | 'browser' | null;
  /** How the token is kept; null until read (or when the bridge could not say). */
  storage: SecretStorage | null;
  /** Asks the bridge again (after a connect or a disconnect, or when the screen opens). */
  load: () => Promise<void>;
  reset: () => void;
}

const initialState = { runtime: null, storage: null } satisfies Partial<HubConnectionState>;

export const useHubConnectionStore = create<HubConnectionState>()((set) => ({
  ...initialState,

  async load() {
    const bridge = getBridge();
    set({ runtime: bridge.runtime });
    try {
      const connection = await bridge.hub.connection();
      set({ storage: connection.storage });
    } catch (error) {
      // Only the sentence about where the token is kept is lost; connecting still works.
      console.error('Could not ask where the hub token is kept', error);
      set({ storage: null });
    }
  },

  reset: () => set(initialState),
}));
