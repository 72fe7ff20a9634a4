/**
 * A windowed listbox: fixed row height, and only the rows in view plus `overscan` on each side are
 * in the DOM, so 100k drafts cost the same to paint as 20 (DESIGN.md budget: first rows ≤ 300 ms).
 * Keyboard: the list itself takes focus and moves an active row with arrows, Page Up/Down,
 * Home/End (aria-activedescendant, so screen readers follow it); Enter opens the active row.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Accessible name of the list. */
  label: string;
  renderRow: (index: number) => ReactNode;
  /** Called with a row index on Enter or click. */
  onOpen: (index: number) => void;
  /** Rows rendered beyond the visible ones on each side, so fast scrolling shows no gaps. */
  overscan?: number;
  /** Height used until the viewport has been measured (and in jsdom, which has no layout). */
  initialHeight?: number;
  className?: string;
}

/** First and last (exclusive) row indexes to render for a scroll position. */
export function visibleRange(
  scrollTop: number,
  height: number,
  rowHeight: number,
  count: number,
  overscan: number,
): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

export function VirtualList({
  count,
  rowHeight,
  label,
  renderRow,
  onOpen,
  overscan = 6,
  initialHeight = 600,
  className,
}: VirtualListProps) {
  const idPrefix = useId();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(initialHeight);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    const element = viewport.current;
    if (element === null || typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || initialHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [initialHeight]);

  /** Makes `index` active and scrolls just enough to show it. */
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, count - 1));
    setActive(next);
    const element = viewport.current;
    if (element === null) {
      return;
    }
    const top = next * rowHeight;
    if (top < element.scrollTop) {
      element.scrollTop = top;
    } else if (top + rowHeight > element.scrollTop + height) {
      element.scrollTop = top + rowHeight - height;
    }
    setScrollTop(element.scrollTop);
  };

  const page = Math.max(1, Math.floor(height / rowHeight) - 1);
  const keys: Record<string, () => void> = {
    ArrowDown: () => moveTo(activeIndex + 1),
    ArrowUp: () => moveTo(activeIndex - 1),
    PageDown: () => moveTo(activeIndex + page),
    PageUp: () => moveTo(activeIndex - page),
    Home: () => moveTo(0),
    End: () => moveTo(count - 1),
    Enter: () => onOpen(activeIndex),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const action = keys[event.key];
    if (action !== undefined && count > 0) {
      event.preventDefault();
      action();
    }
  };

  const [first, last] = visibleRange(scrollTop, height, rowHeight, count, overscan);
  const rows = Array.from({ length: last - first }, (_, offset) => {
    const index = first + offset;
    return (
      <div
        key={index}
        id={`${idPrefix}-${index}`}
        role="option"
        aria-selected={index === activeIndex}
        aria-posinset={index + 1}
        aria-setsize={count}
        className="virtual-row"
        style={{ top: index * rowHeight, height: rowHeight }}
        onClick={() => {
          setActive(index);
          onOpen(index);
        }}
      >
        {renderRow(index)}
      </div>
    );
  });

  return (
    <div
      ref={viewport}
      className={className === undefined ? 'virtual-list' : `virtual-list ${className}`}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={count > 0 ? `${idPrefix}-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {/* The spacer gives the scrollbar the full list's height; rows sit absolutely inside it. */}
      <div
        className="virtual-list-spacer"
        role="presentation"
        style={{ height: count * rowHeight }}
      >
        {rows}
      </div>
    </div>
  );
}
