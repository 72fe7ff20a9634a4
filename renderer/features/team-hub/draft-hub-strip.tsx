/**
 * What the review screen says of a draft of a project on the team hub (issue 11): that it was
 * withdrawn (when, by whom, why — it stays readable, its decisions stay), that a standing
 * decision was made on an earlier version of it (stale), and, for a lead or an admin only,
 * "Withdraw draft…". Nothing at all for a project that is only on this machine.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftRow, DraftStateRow, ProjectRow } from '../../db/rows';
import { formatDateTime } from '../../i18n/format';
import { useDraftHubFactsStore } from '../../stores/sync/draft-hub-facts-store';
import { staleDecisions } from './stale-decisions';
import { useHubRole } from './use-hub-role';
import { WithdrawDraftDialog } from './withdraw-draft-dialog';
import { useLanguage } from '../../i18n/use-language';
import '../../styles/team-hub.css';

export interface DraftHubStripProps {
  draft: DraftRow;
  state: DraftStateRow | undefined;
  project: ProjectRow | null;
}

export function DraftHubStrip({ draft, state, project }: DraftHubStripProps) {
  if (project?.hub === undefined) {
    return null;
  }
  return <HubStrip draft={draft} state={state} projectId={project.id} />;
}

function HubStrip(props: { draft: DraftRow; state: DraftStateRow | undefined; projectId: string }) {
  const { draft, state, projectId } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const { mayPublish, userId } = useHubRole();
  const facts = useDraftHubFactsStore((s) =>
    s.facts?.projectId === projectId && s.facts.draftId === draft.id ? s.facts : null,
  );
  const read = useDraftHubFactsStore((s) => s.read);
  const [withdrawing, setWithdrawing] = useState(false);
  const [asked, setAsked] = useState(false);
  const askedNote = useRef<HTMLParagraphElement>(null);
  const withdrawnSeq = draft.withdrawn?.seq;

  useEffect(() => {
    // The button that opened the dialog is gone: the keyboard lands on what happened instead.
    if (asked) {
      askedNote.current?.focus();
    }
  }, [asked]);

  // Again whenever the review store hands over a fresh copy (a pull changed this draft).
  useEffect(() => {
    void read(projectId, draft.id, withdrawnSeq);
  }, [read, projectId, draft, withdrawnSeq]);

  const stale = facts === null ? [] : staleDecisions(draft, state, facts.events);
  const withdrawn = draft.withdrawn;
  if (withdrawn === undefined && stale.length === 0 && !mayPublish) {
    return null;
  }
  let withdrawnText: string | null = null;
  if (withdrawn !== undefined) {
    const when = formatDateTime(language, withdrawn.at);
    const by = facts?.withdrawnBy;
    withdrawnText =
      by === undefined
        ? t('hubDraft.withdrawn.byUnknown', { when })
        : by === userId
          ? t('hubDraft.withdrawn.byYou', { when })
          : t('hubDraft.withdrawn.byLead', { when });
  }
  return (
    <div className="draft-hub-strip">
      {withdrawn === undefined || withdrawnText === null ? null : (
        <div className="draft-hub-notice draft-hub-withdrawn">
          <p className="draft-hub-title">{withdrawnText}</p>
          {withdrawn.reason === undefined ? null : (
            <p>{t('hubDraft.withdrawn.reason', { reason: withdrawn.reason })}</p>
          )}
          <p>{t('hubDraft.withdrawn.kept')}</p>
        </div>
      )}
      {stale.length === 0 ? null : (
        <div className="draft-hub-notice draft-hub-stale">
          <p className="draft-hub-title">
            <span className="draft-hub-badge">{t('hubDraft.stale.badge')}</span>{' '}
            {t('hubDraft.stale.summary', { count: stale.length, current: draft.draftVersion })}
          </p>
          <ul>
            {stale.map((event) => (
              <li key={event.eventId}>
                {t('hubDraft.stale.decision', {
                  kind: t(`sync.kinds.${event.kind}`),
                  made: event.draftVersion,
                  when: formatDateTime(language, event.clientTime),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {asked && withdrawn === undefined ? (
        <p ref={askedNote} className="draft-hub-asked" role="status" tabIndex={-1}>
          {t('hubDraft.withdraw.done')}
        </p>
      ) : null}
      {mayPublish && withdrawn === undefined && !asked ? (
        <div className="draft-hub-actions">
          <button type="button" className="button" onClick={() => setWithdrawing(true)}>
            {t('hubDraft.withdraw.open')}
          </button>
        </div>
      ) : null}
      {withdrawing ? (
        <WithdrawDraftDialog
          projectId={projectId}
          draftId={draft.id}
          onWithdrawn={() => {
            setWithdrawing(false);
            setAsked(true);
          }}
          onClose={() => setWithdrawing(false)}
        />
      ) : null}
    </div>
  );
}
