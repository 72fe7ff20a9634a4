/**
 * Runs async steps one after another. Reads and writes on one handle must not interleave: two
 * `files:read-chunk` calls in flight would otherwise read the same position twice.
 */

/** A queue whose `run` waits for every earlier step (failed or not) before starting. */
export interface SerialQueue {
  run<T>(step: () => Promise<T>): Promise<T>;
  /** Resolves when every step queued so far has settled. */
  idle(): Promise<void>;
}

/** Creates an empty {@link SerialQueue}. */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(step) {
      const result = tail.then(step);
      tail = result.catch(() => undefined);
      return result;
    },
    idle() {
      return tail.then(() => undefined);
    },
  };
}
