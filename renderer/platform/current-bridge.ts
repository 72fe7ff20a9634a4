/**
 * The Bridge the app uses, set once at start. Store actions (the only callers of the bridge)
 * read it here; tests install a fake with `setBridge`.
 */
import type { Bridge } from './bridge';

let current: Bridge | undefined;

/** The installed bridge; throws if the app has not installed one yet. */
export function getBridge(): Bridge {
  if (!current) {
    throw new Error('No bridge installed: call setBridge() at start.');
  }
  return current;
}

/** Installs the bridge (at start, or a fake in tests). */
export function setBridge(bridge: Bridge): void {
  current = bridge;
}
