/**
 * Grounding hints of a long draft, off the page's thread (issue 12, point 4): on the first
 * 20,000 characters the engine takes 60–170 ms (more on the first run, before the JIT has warmed
 * up), which made opening a 1 MB draft one task of 300–800 ms. The hints panel waits for the
 * answer instead. Where there is no Worker (jsdom tests), or it fails, the hints are found on the
 * page in a task of their own, never inside the task that shows the draft.
 */
import {
  findGroundingHints,
  type GroundingResult,
  type GroundingSource,
} from '../../../shared/grounding';

export interface GroundingRequest {
  id: number;
  draft: string;
  sources: GroundingSource[];
}

export interface GroundingResponse {
  id: number;
  result: GroundingResult;
}

export type ComputeGrounding = (
  draft: string,
  sources: GroundingSource[],
) => Promise<GroundingResult>;

const inlineCompute: ComputeGrounding = (draft, sources) =>
  new Promise((resolve) => setTimeout(() => resolve(findGroundingHints(draft, sources)), 0));

interface Waiting {
  draft: string;
  sources: GroundingSource[];
  resolve: (result: GroundingResult) => void;
}

function workerCompute(): ComputeGrounding {
  if (typeof Worker === 'undefined') {
    return inlineCompute;
  }
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./grounding.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    console.error('The grounding worker could not start; finding hints on the page', error);
    return inlineCompute;
  }
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  worker.onmessage = (event: MessageEvent<GroundingResponse>) => {
    waiting.get(event.data.id)?.resolve(event.data.result);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    console.error('The grounding worker failed; finding hints on the page', event.message);
    worker?.terminate();
    worker = null;
    waiting.forEach((job) => void inlineCompute(job.draft, job.sources).then(job.resolve));
    waiting.clear();
  };
  return (draft, sources) => {
    if (worker === null) {
      return inlineCompute(draft, sources);
    }
    const running = worker;
    return new Promise((resolve) => {
      nextId += 1;
      waiting.set(nextId, { draft, sources, resolve });
      running.postMessage({ id: nextId, draft, sources } satisfies GroundingRequest);
    });
  };
}

let shared: ComputeGrounding | null = null;

/** Finds the hints of `draft` against `sources` in the app's grounding worker (started on first use). */
export function computeGroundingAside(
  draft: string,
  sources: GroundingSource[],
): Promise<GroundingResult> {
  shared ??= workerCompute();
  return shared(draft, sources);
}
