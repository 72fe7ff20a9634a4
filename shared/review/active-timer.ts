/**
 * Active time on an item (DESIGN.md, Domain): time counts only while the window is focused and
 * the reviewer has acted in the last 60 s. A reviewer who walks away mid-item does not inflate
 * time-on-task, and a reviewer reading without touching anything still counts for a minute.
 */
export const IDLE_LIMIT_MS = 60_000;

export interface ActiveTimer {
  /** The reviewer did something (key, pointer, scroll, typing). */
  markActivity(): void;
  /** The window gained or lost focus. */
  setFocused(focused: boolean): void;
  /** Active milliseconds so far on this item. */
  peek(): number;
  /** Active milliseconds so far, then starts again from zero (the next item). */
  take(): number;
}

/** Creates a timer that starts focused and active at `now()`. */
export function createActiveTimer(now: () => number, idleLimitMs = IDLE_LIMIT_MS): ActiveTimer {
  let accumulated = 0;
  let lastActivity = now();
  let focused = true;
  let countingSince: number | null = lastActivity;

  /** Books the time counted up to `t` and decides whether counting goes on from `t`. */
  const settle = (t: number): void => {
    if (countingSince !== null) {
      const end = Math.min(t, lastActivity + idleLimitMs);
      accumulated += Math.max(0, end - countingSince);
    }
    countingSince = focused && t - lastActivity <= idleLimitMs ? t : null;
  };

  return {
    markActivity() {
      const t = now();
      lastActivity = t;
      settle(t);
    },
    setFocused(next) {
      const t = now();
      settle(t);
      focused = next;
      settle(t);
    },
    peek() {
      settle(now());
      return accumulated;
    },
    take() {
      settle(now());
      const total = accumulated;
      accumulated = 0;
      return total;
    },
  };
}
