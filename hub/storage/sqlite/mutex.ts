/**
 * One holder at a time, in arrival order. better-sqlite3 is synchronous, but a hub transaction
 * spans awaits (the log rules are written once for both engines), so two requests could
 * otherwise interleave their statements on one connection inside one transaction.
 */
export interface Mutex {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const result = tail.then(work, work);
      // The next holder waits for this one to settle, whatever its outcome.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
