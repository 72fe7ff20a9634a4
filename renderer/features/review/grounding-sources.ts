/**
 * The texts a draft was written from, as grounding sources with stable ids ('prompt',
 * 'context:i', 'message:i'); the source panel uses the same ids to find the element to mark.
 */
import type { GroundingResult, GroundingSource } from '../../../shared/grounding';
import { findGroundingHints } from '../../../shared/grounding';
import type { Draft } from '../../../shared/domain/draft';

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
 * Grounding hints for `draft`, computed once per draft object: the store replaces a row only
 * when its status changes, so moving back and forth through the queue does not recompute.
 */
export function groundingFor(draft: Draft): GroundingResult {
  let result = cache.get(draft);
  if (result === undefined) {
    result = findGroundingHints(draft.draft, groundingSources(draft));
    cache.set(draft, result);
  }
  return result;
}
