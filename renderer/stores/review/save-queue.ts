/**
 * Saves run one after another: each waits for the one before it to settle, so a decision sees the
 * previous one in the draft's heads and an undo finds the decision just made. The queue also
 * knows how many are still waiting or running, for "Saving…" versus "Saved".
 */
export type SaveOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface SaveQueue {
  /** Queues `work` behind every earlier one; never rejects (a failure is an outcome). */
  run: <T>(work: () => Promise<T>) => Promise<SaveOutcome<T>>;
  /** Saves queued or running and not settled yet. */
  pending: () => number;
  /** Forgets the count (a reset of the screen); saves still running finish on their own. */
  forget: () => void;
}

export function createSaveQueue(): SaveQueue {
  let pending = 0;
  let last: Promise<unknown> = Promise.resolve();
  return {
    run(work) {
      pending += 1;
      const settle = () => {
        pending = Math.max(0, pending - 1);
      };
      const outcome = last.then(work).then(
        (value) => {
          settle();
          return { ok: true as const, value };
        },
        (error: unknown) => {
          settle();
          return { ok: false as const, error };
        },
      );
      last = outcome;
      return outcome;
    },
    pending: () => pending,
    forget: () => {
      pending = 0;
    },
  };
}
