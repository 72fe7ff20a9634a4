/**
 * A lead withdraws a draft from every queue on the team (issue 11): an optional reason the team
 * sees with it, then the hub is asked. The dialog says before it happens that the draft stays
 * readable and its decisions are kept; a failure is explained with what to do.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import { useSyncStore } from '../../stores/sync/sync-store';
import { ModalDialog } from '../../components/modal-dialog';
import { HubFailureMessage } from '../sync/hub-failure-message';

export interface WithdrawDraftDialogProps {
  projectId: string;
  draftId: string;
  onWithdrawn: () => void;
  onClose: () => void;
}

/** Longest reason the hub takes (hub-records: `reason` at most 2,000 characters). */
const MAX_REASON = 2_000;

export function WithdrawDraftDialog(props: WithdrawDraftDialogProps) {
  const { projectId, draftId, onWithdrawn, onClose } = props;
  const { t } = useTranslation();
  const withdrawDraft = useSyncStore((state) => state.withdrawDraft);
  const ids = { reason: useId(), hint: useId() };
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<HubFailure | null>(null);

  const submit = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const answer = await withdrawDraft(projectId, draftId, reason);
      if (answer.ok) {
        onWithdrawn();
        return;
      }
      setFailure(answer.failure);
    } catch (error) {
      console.error('Could not withdraw the draft', error);
      setFailure({ kind: 'unavailable', message: String(error) });
    }
    setBusy(false);
  };

  return (
    <ModalDialog
      title={t('hubDraft.withdraw.title', { id: draftId })}
      onClose={onClose}
      className="withdraw-dialog"
    >
      <p>{t('hubDraft.withdraw.body')}</p>
      <div className="team-hub-field">
        <label htmlFor={ids.reason}>{t('hubDraft.withdraw.reason')}</label>
        <textarea
          id={ids.reason}
          rows={3}
          maxLength={MAX_REASON}
          value={reason}
          aria-describedby={ids.hint}
          onChange={(event) => setReason(event.target.value)}
        />
        <p id={ids.hint} className="team-hub-hint">
          {t('hubDraft.withdraw.reasonHint')}
        </p>
      </div>
      <div role="alert">
        {failure === null ? null : (
          <HubFailureMessage
            failure={failure}
            lead={t('hubDraft.withdraw.failed')}
            className="team-hub-problem"
          />
        )}
      </div>
      <p className="team-hub-status" role="status">
        {busy ? t('hubDraft.withdraw.working') : null}
      </p>
      <div className="team-hub-actions modal-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('hubDraft.withdraw.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-disabled={busy || undefined}
          onClick={() => void submit()}
        >
          {t('hubDraft.withdraw.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
