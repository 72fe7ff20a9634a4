/**
 * Work that the reviewer does not see at once (the decision history's read, the saved review
 * position, the start of a save) runs after the browser has painted what a key changed, not
 * inside the key's task nor in the tasks queued before that paint's end (issue 12: decision p95
 * within two frames). A frame callback fires just before the paint; the idle callback it asks
 * for runs once the tasks queued by then are done. Not the read-ahead of the draft after the
 * next: deferred, it was not ready when keys came fast, and the bench's p50 doubled.
 */

/** Once the frame came, the work waits for an idle moment at most this long. */
const IDLE_WAIT_MS = 50;
/** Without a frame (a hidden window has none), the work still runs after this long. */
const AT_MOST_MS = 200;

/** Runs `work` once, after the next paint; returns a function that cancels it. */
export function afterPaint(work: () => void): () => void {
  let done = false;
  let frame: number | undefined;
  let idle: number | undefined;
  let task: ReturnType<typeof setTimeout> | undefined;
  // Checked again when cancelling: the page (or a test's window) may be gone by the time the
  // fallback fires, and an uncaught ReferenceError from a timer failed a whole test run.
  const cancel = () => {
    done = true;
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') {
      cancelAnimationFrame(frame);
    }
    if (idle !== undefined && typeof cancelIdleCallback === 'function') {
      cancelIdleCallback(idle);
    }
    clearTimeout(task);
    clearTimeout(fallback);
  };
  const run = () => {
    if (!done) {
      cancel();
      work();
    }
  };
  const fallback = setTimeout(run, AT_MOST_MS);
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') {
        idle = requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
      } else {
        task = setTimeout(run, 0);
      }
    });
  }
  return cancel;
}

/** Resolves after the next paint (see `afterPaint`). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    afterPaint(resolve);
  });
}
