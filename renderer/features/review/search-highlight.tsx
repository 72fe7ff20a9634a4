/**
 * Highlights, in the draft and its sources, what the search the reviewer came from found (issue
 * 12, point 12): the queue store keeps the search while the reviewer moves through its results.
 * Painted with the CSS Custom Highlight API, so the rendered markdown is neither re-rendered nor
 * changed (its caches and the read-ahead stay as they are); ranges are found again after the
 * shown text changes (a long draft laying out its next part, a grounding match shown).
 */
import { useEffect, useRef } from 'react';
import { useQueueStore } from '../../stores/queue/queue-store';
import '../../styles/search-highlight.css';
import { searchRanges } from './search-ranges';

/** The highlight's name, styled as `::highlight(loupe-search)`. */
export const SEARCH_HIGHLIGHT = 'loupe-search';

/** The highlight registry, where the browser has one (Chromium 105+; not jsdom). */
function highlightRegistry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
    ? CSS.highlights
    : undefined;
}

/**
 * Highlights the search in the element it is placed in (the review screen): it draws nothing
 * itself, so placing it takes one line and wraps nothing.
 */
export function SearchHighlight() {
  const query = useQueueStore((state) => state.search.text);
  const anchor = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const registry = highlightRegistry();
    const root = anchor.current?.parentElement ?? null;
    if (registry === undefined || root === null || query.trim() === '') {
      return undefined;
    }
    let frame = 0;
    const paint = () => {
      frame = 0;
      registry.set(SEARCH_HIGHLIGHT, new Highlight(...searchRanges(root, query)));
    };
    paint();
    // After the page changed, once per frame at most.
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(paint);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      registry.delete(SEARCH_HIGHLIGHT);
    };
  }, [query]);

  return <span ref={anchor} hidden />;
}
