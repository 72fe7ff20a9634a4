/**
 * Grounding hints of a long draft, off the UI thread (grounding-client.ts): tens to hundreds of
 * milliseconds, longer than a task that shows a draft may take. Answers each request in order.
 */
import { findGroundingHints } from '../../../shared/grounding';
import type { GroundingRequest, GroundingResponse } from './grounding-client';

// The DOM lib is in scope for the renderer's tsconfig; a worker only needs these two members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<GroundingRequest>) => void) | null;
  postMessage: (message: GroundingResponse) => void;
};

scope.onmessage = (event) => {
  const { id, draft, sources } = event.data;
  scope.postMessage({ id, result: findGroundingHints(draft, sources) });
};
