/**
 * "Discard unsaved changes?" inside the Projects dialog: an alert dialog over it that takes focus
 * (on "Keep editing", the safe answer), keeps Tab between its two buttons, and treats Escape as
 * "Keep editing" (ModalDialog; the Projects dialog behind does not see those keys).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';

export interface UnsavedChangesPromptProps {
  onKeep: () => void;
  onDiscard: () => void;
}

export function UnsavedChangesPrompt({ onKeep, onDiscard }: UnsavedChangesPromptProps) {
  const { t } = useTranslation();
  const bodyId = useId();

  return (
    <ModalDialog
      title={t('projects.unsaved.title')}
      onClose={onKeep}
      role="alertdialog"
      describedBy={bodyId}
      headingLevel={3}
      layer="parent"
      className="projects-confirm"
    >
      <p id={bodyId}>{t('projects.unsaved.body')}</p>
      <div className="projects-confirm-actions">
        <button type="button" className="button" onClick={onKeep}>
          {t('projects.unsaved.keep')}
        </button>
        <button type="button" className="button button-danger" onClick={onDiscard}>
          {t('projects.unsaved.discard')}
        </button>
      </div>
    </ModalDialog>
  );
}
