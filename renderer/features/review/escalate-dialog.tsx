/**
 * Escalation: a reason from the project's list (required) and a note for the lead. A modal
 * dialog that takes focus on open, keeps Tab inside, submits on Enter in the select or
 * Ctrl/Cmd+Enter in the note, cancels on Escape, and gives focus back to the opener.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationReason } from '../../../shared/domain/project';
import { ModalDialog } from '../../components/modal-dialog';
import { localized } from '../rubric/localized';
import '../../styles/review-decisions.css';

export interface EscalateDialogProps {
  reasons: readonly EscalationReason[];
  onSubmit: (reasonId: string, note: string) => void;
  onCancel: () => void;
}

/** The dialog; mount it only while open. */
export function EscalateDialog({ reasons, onSubmit, onCancel }: EscalateDialogProps) {
  const { t, i18n } = useTranslation();
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const ids = { reason: useId(), note: useId(), error: useId() };

  const submit = () => {
    if (reasonId === '') {
      setMissingReason(true);
      select.current?.focus();
      return;
    }
    onSubmit(reasonId, note.trim());
  };

  // Escape, Tab and focus are the dialog's (ModalDialog); Enter is ours.
  const onKeyDown = (event: KeyboardEvent) => {
    // Review shortcuts must not fire while the reviewer types in the dialog.
    event.stopPropagation();
    const inNote = event.target instanceof HTMLTextAreaElement;
    if (event.key === 'Enter' && (!inNote || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <ModalDialog
      title={t('escalate.title')}
      onClose={onCancel}
      className="escalate-dialog"
      onKeyDown={onKeyDown}
    >
      <label htmlFor={ids.reason}>{t('escalate.reason')}</label>
      <select
        id={ids.reason}
        ref={select}
        value={reasonId}
        required
        aria-invalid={missingReason || undefined}
        aria-describedby={missingReason ? ids.error : undefined}
        onChange={(event) => {
          setReasonId(event.target.value);
          setMissingReason(false);
        }}
      >
        <option value="">{t('escalate.choose')}</option>
        {reasons.map((reason) => (
          <option key={reason.id} value={reason.id}>
            {localized(reason.label, i18n.language)}
          </option>
        ))}
      </select>
      {missingReason ? (
        <p id={ids.error} className="field-error" role="alert">
          {t('escalate.reasonRequired')}
        </p>
      ) : null}
      <label htmlFor={ids.note}>{t('escalate.note')}</label>
      <textarea id={ids.note} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
      <p className="muted dialog-hint">{t('escalate.hint')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('escalate.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={submit}>
          {t('escalate.submit')}
        </button>
      </div>
    </ModalDialog>
  );
}
