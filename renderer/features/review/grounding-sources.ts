/**
 * The texts a draft was written from, as grounding sources with stable ids ('prompt',
 * 'context:i', 'message:i'); the source panel uses the same ids to find the element to mark.
 */
import type { GroundingResult, GroundingSource } from '../../../shared/grounding';
import { findGroundingHints } from '../../../shared/grounding';
import type { Draft } from '../../../shared/domain/draft';

/**
 * How much of the draft, and of each source, the hints look at: the engine takes a few
 * milliseconds per thousand characters, so a 1 MB draft held the window for seconds on open and
 * again when the read-ahead prepared it (issue 12, point 4). Offsets into the head are offsets
 * into the whole text, so every hint still points at the right place. 20,000 characters (about
 * ten pages) take well under the 200 ms a task may (DESIGN.md budgets), on a loaded machine too.
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

const cache = new WeakMap<Draft, GroundingResult>();

/**
 * Grounding hints for `draft` (its first GROUNDING_CHARS, against the same of each source),
 * computed once per draft object: the store replaces a row only
 * when its status changes, so moving back and forth through the queue does not recompute.
 */
export function groundingFor(draft: Draft): GroundingResult {
  let result = cache.get(draft);
  if (result === undefined) {
    const sources = groundingSources(draft).map((source) => ({
      ...source,
      text: head(source.text),
    }));
    result = findGroundingHints(head(draft.draft), sources);
    cache.set(draft, result);
  }
  return result;
}
