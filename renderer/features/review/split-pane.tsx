/**
 * Two panes side by side with a draggable, keyboard-movable separator (WAI-ARIA window splitter).
 * The width lives in component state: persisting it would need storage, which only platform/ may
 * touch (lint), and a reviewer rarely changes it twice.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SplitPaneProps {
  left: ReactNode;
  right: ReactNode;
  /** Initial width of the left pane, percent of the split. */
  initialPercent?: number;
}

const MIN = 20;
const MAX = 80;
const clamp = (value: number) => Math.round(Math.min(MAX, Math.max(MIN, value)));

/** The split; each pane scrolls on its own. */
export function SplitPane({ left, right, initialPercent = 42 }: SplitPaneProps) {
  const { t } = useTranslation();
  const [percent, setPercent] = useState(() => clamp(initialPercent));
  const container = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 10 : 2;
    const moves: Record<string, number> = {
      ArrowLeft: percent - step,
      ArrowRight: percent + step,
      Home: MIN,
      End: MAX,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      // The review shortcuts must not see arrow keys meant for the splitter.
      event.stopPropagation();
      setPercent(clamp(next));
    }
  };

  const onPointerMove = (event: PointerEvent) => {
    const box = container.current?.getBoundingClientRect();
    if (!dragging.current || box === undefined || box.width === 0) {
      return;
    }
    setPercent(clamp(((event.clientX - box.left) / box.width) * 100));
  };

  return (
    <div
      ref={container}
      className="split"
      style={{ gridTemplateColumns: `minmax(0, ${percent}fr) auto minmax(0, ${100 - percent}fr)` }}
    >
      <div className="split-pane">{left}</div>
      <div
        role="separator"
        className="split-separator"
        tabIndex={0}
        aria-orientation="vertical"
        aria-label={t('review.split.label')}
        aria-valuenow={percent}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          dragging.current = true;
          event.currentTarget.setPointerCapture?.(event.pointerId);
        }}
        onPointerMove={onPointerMove}
        onPointerUp={() => {
          dragging.current = false;
        }}
        onPointerCancel={() => {
          dragging.current = false;
        }}
      />
      <div className="split-pane">{right}</div>
    </div>
  );
}
