/** The operating system's light/dark setting, read live through `prefers-color-scheme`. */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

/** `matchMedia` is missing in some embedders (and jsdom): treat that as light. */
function mediaQuery(): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia(QUERY) : undefined;
}

/** Whether the system currently prefers dark. */
export function systemPrefersDark(): boolean {
  return mediaQuery()?.matches ?? false;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Re-renders when the system switches between light and dark. */
export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribe, systemPrefersDark, () => false);
}
