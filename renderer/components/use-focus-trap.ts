/**
 * Keeps keyboard focus inside a modal while it is open and gives it back to whatever had it
 * before (WAI-ARIA dialog pattern). aria-modal only tells assistive technology; it does not stop
 * Tab from walking out into the page behind, so the edges wrap here.
 */
import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls Tab can reach inside `root`, in document order (an inert part has none). */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.closest('[inert]') === null,
  );
}

/**
 * On mount focuses the control marked `data-autofocus` (the dialog's main field), else the first
 * one, else the container; on unmount gives focus back to the element that had it, if it is still
 * there. Returns the keydown handler that wraps Tab and Shift+Tab at the edges; it returns true
 * when it moved focus itself.
 */
export function useFocusTrap(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = container.current;
    if (element !== null) {
      (
        element.querySelector<HTMLElement>('[data-autofocus]') ??
        focusableIn(element)[0] ??
        element
      ).focus();
    }
    return () => {
      // Back to what opened the dialog, so a keyboard user continues where they were.
      if (opener?.isConnected === true) {
        opener.focus();
      }
    };
  }, [container]);

  return (event: KeyboardEvent): boolean => {
    if (event.key !== 'Tab' || container.current === null) {
      return false;
    }
    const focusable = focusableIn(container.current);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (first === undefined || last === undefined) {
      // Nothing to move to: focus stays on the dialog rather than leaving it.
      event.preventDefault();
      return true;
    }
    const active = document.activeElement;
    // On the dialog box itself (nothing else to focus on open) or somehow outside it.
    const outside =
      active === container.current ||
      !(active instanceof Node) ||
      !container.current.contains(active);
    if (event.shiftKey && (active === first || outside)) {
      event.preventDefault();
      last.focus();
      return true;
    }
    if (!event.shiftKey && (active === last || outside)) {
      event.preventDefault();
      first.focus();
      return true;
    }
    return false;
  };
}
