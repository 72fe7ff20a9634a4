/**
 * Feeds the active-time clock (DESIGN.md, Domain: time counts only while the window is focused
 * and the reviewer acted in the last 60 s). Returns handlers for the screen's root element.
 */
import { useEffect, useMemo } from 'react';
import { activeTimer } from '../../stores/review/review-session';

/** Reports window focus and blur; the returned props report key, pointer, wheel, scroll, input. */
export function useReviewActivity() {
  useEffect(() => {
    const focus = () => activeTimer().setFocused(true);
    const blur = () => activeTimer().setFocused(false);
    activeTimer().setFocused(document.hasFocus());
    window.addEventListener('focus', focus);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('focus', focus);
      window.removeEventListener('blur', blur);
    };
  }, []);

  return useMemo(() => {
    // The timer is replaced when the reviewer moves to another draft, so look it up each time.
    const mark = () => activeTimer().markActivity();
    return {
      onKeyDownCapture: mark,
      onPointerDownCapture: mark,
      onWheelCapture: mark,
      // Scroll does not bubble; React's capture phase still sees it on the root.
      onScrollCapture: mark,
      onInputCapture: mark,
    };
  }, []);
}
