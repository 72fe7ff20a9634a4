/**
 * A value that changes often (the typed text, the buffer's save state), held outside React state
 * so a keystroke does not re-render the editor: only the small components that show the value
 * subscribe to it (useSyncExternalStore).
 */
export interface ValueRelay<T> {
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createValueRelay<T>(initial: T): ValueRelay<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (!Object.is(next, value)) {
        value = next;
        listeners.forEach((listener) => listener());
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
