/**
 * Reads the stored keymap once, for whatever shows or listens for its keys (the review screen,
 * the lead's inbox, the keymap settings); later callers find it loaded.
 */
import { useEffect } from 'react';
import { useKeymapStore } from '../../stores/keymap/keymap-store';

export function useKeymapLoaded(): void {
  const needsLoad = useKeymapStore((state) => state.status === 'idle');
  useEffect(() => {
    if (needsLoad) {
      void useKeymapStore.getState().load();
    }
  }, [needsLoad]);
}
