/**
 * The texts a draft was written from, as grounding sources with stable ids ('prompt',
 * 'context:i', 'message:i'); the source panel uses the same ids to find the element to mark.
 */
import { useEffect, useState } from 'react';
import type { GroundingResult, GroundingSource } from '../../../shared/grounding';
import { findGroundingHints } from '../../../shared/grounding';
import type { Draft } from '../../../shared/domain/draft';
import { computeGroundingAside } from './grounding-client';

/**
 * How much of the draft, and of each source, the hints look at: the engine takes a few
 * milliseconds per thousand characters, so a 1 MB draft held the window for seconds on open and
 * again when the read-ahead prepared it (issue 12, point 4). Offsets into the head are offsets
 * into the whole text, so every hint still points at the right place. 20,000 characters (about
 * ten pages) take 60–170 ms, so above GROUNDING_ON_THE_SPOT_CHARS they are looked at in a worker.
 */
export const GROUNDING_CHARS = 20_000;

const head = (text: string) =>
  text.length > GROUNDING_CHARS ? text.slice(0, GROUNDING_CHARS) : text;

/** Whether the hints of `draft` left out the end of the draft or of a source. */
export function groundingIsPartial(draft: Draft): boolean {
  return [draft.draft, ...groundingSources(draft).map((source) => source.text)].some(
    (text) => text.length > GROUNDING_CHARS,
  );
}

/** Every source text of `draft`, in the order the source panel shows them. */
export function groundingSources(draft: Draft): GroundingSource[] {
  const sources: GroundingSource[] = [];
  if (draft.prompt !== undefined && draft.prompt.trim() !== '') {
    sources.push({ sourceId: 'prompt', text: draft.prompt });
  }
  (draft.messages ?? []).forEach((message, index) =>
    sources.push({ sourceId: `message:${index}`, text: message.content }),
  );
  draft.context.forEach((item, index) =>
    sources.push({ sourceId: `context:${index}`, text: item.text }),
  );
  return sources;
}

/**
 * Up to this many characters in all (the draft and its sources, after the cut above), the hints
 * are found on the spot, within the task that shows the draft: a few milliseconds, and they are
 * there on the first frame. Above it they are found in a worker (grounding-client.ts) and the
 * panel says so until they arrive: 20,000 characters took 60–170 ms, the most of the task that
 * opened a 1 MB draft (issue 12, point 4). Every demo draft is far below it.
 */
export const GROUNDING_ON_THE_SPOT_CHARS = 8_000;

const cache = new WeakMap<Draft, GroundingResult>();
/** A placeholder result handed out while the worker works, and the answer it waits for. */
const waiting = new WeakMap<GroundingResult, Promise<GroundingResult>>();
const answered = new WeakMap<GroundingResult, GroundingResult>();

/**
 * Grounding hints for `draft` (its first GROUNDING_CHARS, against the same of each source),
 * computed once per draft object: the store replaces a row only
 * when its status changes, so moving back and forth through the queue does not recompute.
 * For a long draft or source this is at first an empty placeholder whose hints are still being
 * found (see `groundingPending` and `useGroundingResult`).
 */
export function groundingFor(draft: Draft): GroundingResult {
  let result = cache.get(draft);
  if (result === undefined) {
    const sources = groundingSources(draft).map((source) => ({
      ...source,
      text: head(source.text),
    }));
    const text = head(draft.draft);
    const size = sources.reduce((sum, source) => sum + source.text.length, text.length);
    if (size <= GROUNDING_ON_THE_SPOT_CHARS) {
      result = findGroundingHints(text, sources);
    } else {
      const placeholder: GroundingResult = { links: [], unsupportedSentences: [] };
      const job = computeGroundingAside(text, sources).then((found) => {
        answered.set(placeholder, found);
        cache.set(draft, found);
        return found;
      });
      waiting.set(placeholder, job);
      result = placeholder;
    }
    cache.set(draft, result);
  }
  return result;
}

/** The hints `result` stands for: itself, or the worker's answer once a placeholder has one. */
function settled(result: GroundingResult): GroundingResult | null {
  return waiting.has(result) ? (answered.get(result) ?? null) : result;
}

/** Whether `result` is a placeholder whose hints are still being found. */
export function groundingPending(result: GroundingResult): boolean {
  return settled(result) === null;
}

/** The hints `result` stands for, rendering again when a placeholder's arrive; null until then. */
export function useGroundingResult(result: GroundingResult): GroundingResult | null {
  const [, setArrived] = useState<GroundingResult | null>(null);
  const job = waiting.get(result);
  useEffect(() => {
    let live = true;
    void job?.then((found) => {
      if (live) {
        setArrived(found);
      }
    });
    return () => {
      live = false;
    };
  }, [job]);
  return settled(result);
}
