/**
 * A question asked in place, before something that cannot be taken back happens (publishing to
 * the team, disconnecting): what will happen, then "Cancel" and the action. Focus starts on the
 * safe answer; Escape cancels without closing the dialog behind it. Not modal: the rest of the
 * dialog it sits in stays usable.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import '../styles/inline-confirm.css';

export interface InlineConfirmProps {
  title: string;
  /** What will happen, said before it does. */
  children: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  /** `danger` for an action that forgets something, `primary` for one that sends something. */
  tone: 'danger' | 'primary';
  /** While true the action does nothing (it is under way). */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function InlineConfirm(props: InlineConfirmProps) {
  const { title, children, cancelLabel, confirmLabel, tone, busy = false } = props;
  const ids = { title: useId(), body: useId() };
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancel.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
    }
  };

  return (
    <div
      className="inline-confirm"
      role="group"
      aria-labelledby={ids.title}
      aria-describedby={ids.body}
      onKeyDown={onKeyDown}
    >
      <h4 id={ids.title}>{title}</h4>
      <div id={ids.body} className="inline-confirm-body">
        {children}
      </div>
      <div className="inline-confirm-actions">
        <button ref={cancel} type="button" className="button" onClick={props.onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={`button ${tone === 'danger' ? 'button-danger' : 'button-primary'}`}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) {
              props.onConfirm();
            }
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
