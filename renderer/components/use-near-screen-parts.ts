/**
 * Which parts of a long text are in the page: the first few at once, the others when they come
 * near the visible area (issue 12, point 4). Laying out a megabyte at once is what froze the
 * window, so the long-text view and the part editor both lay out only these. Each part element
 * carries `data-part={index}`; a part once shown stays shown (its layout, and an editor part's
 * own undo, survive scrolling).
 */
import {
  useLayoutEffect,
  useState,
  type Dispatch,
  type RefObject,
  type SetStateAction,
} from 'react';

export interface NearScreenOptions {
  /** How many parts there are. */
  count: number;
  /** Parts shown at once, before anything is measured. */
  first: number;
  /** How far beyond the visible area a part is shown ahead (an IntersectionObserver margin). */
  ahead: string;
  /** What "visible" is measured against: the container itself, or its nearest scrolling ancestor. */
  root: 'container' | 'scrolling-ancestor';
}

/** The nearest ancestor that scrolls. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at !== null; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      return at;
    }
  }
  return null;
}

/**
 * The indexes of the parts in the page, and a setter to show one early (a caret moving into
 * it). The observer is rebuilt when `parts` (the split text) changes.
 */
export function useNearScreenParts(
  containerRef: RefObject<HTMLElement | null>,
  parts: unknown,
  { count, first, ahead, root }: NearScreenOptions,
): [ReadonlySet<number>, Dispatch<SetStateAction<ReadonlySet<number>>>] {
  const [shown, setShown] = useState<ReadonlySet<number>>(
    () => new Set(Array.from({ length: Math.min(first, count) }, (_, index) => index)),
  );
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (container === null || typeof IntersectionObserver === 'undefined') {
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => Number((entry.target as HTMLElement).dataset.part));
        if (near.length > 0) {
          setShown((before) => {
            const after = new Set(before);
            near.forEach((index) => after.add(index));
            return after.size === before.size ? before : after;
          });
        }
      },
      { root: root === 'container' ? container : scrollingAncestor(container), rootMargin: ahead },
    );
    container.querySelectorAll('[data-part]').forEach((part) => observer.observe(part));
    return () => observer.disconnect();
  }, [containerRef, parts, ahead, root]);
  return [shown, setShown];
}
