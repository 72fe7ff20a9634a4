/**
 * Database health as the UI needs it: after another window upgrades the schema, this window's
 * connection is closed and the user must reload (DESIGN.md, Local store: versionchange handled).
 */
import { create } from 'zustand';

export interface DatabaseState {
  reloadRequired: boolean;
  markReloadRequired: () => void;
  reset: () => void;
}

export const useDatabaseStore = create<DatabaseState>()((set) => ({
  reloadRequired: false,
  markReloadRequired: () => set({ reloadRequired: true }),
  reset: () => set({ reloadRequired: false }),
}));

export const selectReloadRequired = (state: DatabaseState) => state.reloadRequired;
