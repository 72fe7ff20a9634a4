/**
 * After a refused save, the first refused field is scrolled into view and focused: the problem
 * list sits by the save button, while the field may be far up the form (issue 12, point 18).
 * A problem that has no field of its own (too many questions) brings the problem list instead.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Returns `request`: call it when a save is refused, once the problems are known. */
export function useFocusFirstProblem(
  container: RefObject<HTMLElement | null>,
  problemList: RefObject<HTMLElement | null>,
): () => void {
  const [requests, setRequests] = useState(0);
  const handled = useRef(0);

  useEffect(() => {
    if (requests === handled.current) {
      return;
    }
    handled.current = requests;
    // Runs after the render that marked the fields `aria-invalid`, so the DOM order decides.
    const field = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = field ?? problemList.current;
    if (target === null || target === undefined) {
      return;
    }
    // jsdom has no scrollIntoView; browsers always do.
    target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    target.focus({ preventScroll: true });
  }, [requests, container, problemList]);

  return useCallback(() => setRequests((count) => count + 1), []);
}
