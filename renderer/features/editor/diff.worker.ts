/**
 * The editor's diff, off the UI thread: diffing a 20 KB draft takes tens of milliseconds, longer
 * than a keystroke may (DESIGN.md budgets: keystroke p95 ≤ 16 ms). Answers each request in order.
 */
import { computeDiff, type DiffRequest, type DiffResponse } from './diff-job';

// The DOM lib is in scope for the renderer's tsconfig; a worker only needs these two members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DiffRequest>) => void) | null;
  postMessage: (message: DiffResponse) => void;
};

scope.onmessage = (event) => {
  const { id, original, edited } = event.data;
  scope.postMessage({ id, ...computeDiff(original, edited) });
};
