/**
 * The one modal dialog of the app, done by hand rather than with <dialog>.showModal() (jsdom
 * lacks it, and the behaviour we need is small): role dialog, aria-modal, named by its title;
 * focus moves in on open and back to the opener on close, Tab stays inside, Escape closes (not
 * while an input method is composing: that Escape cancels the composition). Every dialog looks
 * and behaves the same because they all go through here (styles/modal-dialog.css).
 */
import { useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { isImeEvent } from './ime-event';
import { useFocusTrap } from './use-focus-trap';
import '../styles/modal-dialog.css';

export interface ModalDialogProps {
  /** The dialog's heading; it also names the dialog for assistive technology. */
  title: ReactNode;
  /**
   * Escape, and a click on the backdrop where `closeOnBackdrop`, call this. The dialog may decide
   * not to close (ask about unsaved changes first): it stays open until its owner unmounts it.
   */
  onClose: () => void;
  children: ReactNode;
  /** The box's own class: its size and inner layout. */
  className?: string;
  /** Beside the title, at the end of the header (a Close button). */
  headerAction?: ReactNode;
  /** `alertdialog` for a question that must be answered before going on. */
  role?: 'dialog' | 'alertdialog';
  /** Id of the text that says what the dialog asks or does. */
  describedBy?: string;
  /** The heading's level: 3 for a question asked inside another dialog. */
  headingLevel?: 2 | 3;
  /** A press on the backdrop closes (as for a dialog that only shows or edits settings). */
  closeOnBackdrop?: boolean;
  /** False while the dialog cannot be dismissed: Escape and the backdrop then do nothing. */
  dismissible?: boolean;
  /**
   * `page` covers the window (rendered into document.body, outside any landmark); `parent`
   * covers only the dialog it is rendered in (a question asked over that dialog).
   */
  layer?: 'page' | 'parent';
  /** The dialog's own keys (Enter submits). Runs first; preventDefault() keeps ours from running. */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** While true the title and content cannot be reached (a question shown in `overlay` is). */
  inert?: boolean;
  /** Shown over the content, outside its inert part: a question asked inside this dialog. */
  overlay?: ReactNode;
  /** The dialog box, for a caller that must focus it (after the element that had focus went away). */
  ref?: RefObject<HTMLDivElement | null>;
}

/** Mount it only while open: opening and closing are mounting and unmounting. */
export function ModalDialog({
  title,
  onClose,
  children,
  className,
  headerAction,
  role = 'dialog',
  describedBy,
  headingLevel = 2,
  closeOnBackdrop = false,
  dismissible = true,
  layer = 'page',
  onKeyDown: ownKeys,
  inert = false,
  overlay,
  ref,
}: ModalDialogProps) {
  const titleId = useId();
  const ownRef = useRef<HTMLDivElement>(null);
  const dialog = ref ?? ownRef;
  const trapTab = useFocusTrap(dialog);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    ownKeys?.(event);
    if (event.defaultPrevented) {
      return;
    }
    if (event.key === 'Escape' && !isImeEvent(event.nativeEvent)) {
      // Stopped here, so a dialog behind this one (or the screen) does not act on it too.
      event.preventDefault();
      event.stopPropagation();
      if (dismissible) {
        onClose();
      }
    } else if (event.key === 'Tab') {
      event.stopPropagation();
      trapTab(event);
    }
  };

  const backdrop = (
    <div
      className={layer === 'page' ? 'modal-backdrop' : 'modal-backdrop modal-backdrop-parent'}
      onMouseDown={(event) => {
        // Only a press on the backdrop itself: a text selection dragged out of the box is not one.
        if (closeOnBackdrop && dismissible && event.target === event.currentTarget) {
          onClose();
        }
      }}
    >
      <div
        ref={dialog}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={className === undefined ? 'modal-dialog' : `modal-dialog ${className}`}
        onKeyDown={onKeyDown}
      >
        <div className="modal-content" inert={inert}>
          <div className="modal-header">
            <Heading id={titleId} className="modal-title">
              {title}
            </Heading>
            {headerAction}
          </div>
          {children}
        </div>
        {overlay}
      </div>
    </div>
  );
  return layer === 'page' ? createPortal(backdrop, document.body) : backdrop;
}
