/**
 * "Discard unsaved changes?" inside the Projects dialog: an alert dialog that takes focus (on
 * "Keep editing", the safe answer), keeps Tab between its two buttons, and treats Escape as
 * "Keep editing".
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface UnsavedChangesPromptProps {
  onKeep: () => void;
  onDiscard: () => void;
}

export function UnsavedChangesPrompt({ onKeep, onDiscard }: UnsavedChangesPromptProps) {
  const { t } = useTranslation();
  const ids = { title: useId(), body: useId() };
  const keep = useRef<HTMLButtonElement>(null);
  const discard = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    keep.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    // Its keys are its own: the Projects dialog behind must not close or move focus.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onKeep();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      (document.activeElement === keep.current ? discard : keep).current?.focus();
    }
  };

  return (
    <div className="projects-confirm-backdrop">
      <div
        className="projects-confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={ids.title}
        aria-describedby={ids.body}
        onKeyDown={onKeyDown}
      >
        <h3 id={ids.title}>{t('projects.unsaved.title')}</h3>
        <p id={ids.body}>{t('projects.unsaved.body')}</p>
        <div className="projects-confirm-actions">
          <button ref={keep} type="button" className="button" onClick={onKeep}>
            {t('projects.unsaved.keep')}
          </button>
          <button
            ref={discard}
            type="button"
            className="button projects-danger"
            onClick={onDiscard}
          >
            {t('projects.unsaved.discard')}
          </button>
        </div>
      </div>
    </div>
  );
}
