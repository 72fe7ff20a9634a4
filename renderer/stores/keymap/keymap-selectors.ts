/** Selectors over the keymap store; components read shortcuts only through these. */
import type { KeymapState } from './keymap-store';

export const selectKeymap = (state: KeymapState) => state.keymap;
export const selectKeymapReady = (state: KeymapState) => state.status === 'ready';
export const selectAssignKey = (state: KeymapState) => state.assignKey;
export const selectResetKeymap = (state: KeymapState) => state.resetToDefaults;
