/**
 * The decisions the hub refused (SYNC.md §2: kept and shown, never dropped): what was decided,
 * on which draft of which project, when, why (the reason code in the reviewer's words, then the
 * hub's own detail), and a button that opens the draft in review.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatDateTime } from '../../i18n/format';
import { useProjectsStore } from '../../stores/projects/projects-store';
import {
  useRejectedDecisionsStore,
  type RejectedDecision,
} from '../../stores/sync/rejected-decisions-store';
import { rejectionReasonText } from './rejection-reason';
import { useLanguage } from '../../i18n/use-language';

export interface RejectedDecisionsProps {
  /** Opens a draft in review (the panel closes first). */
  onOpenDraft: (projectId: string, draftId: string) => void;
}

export function RejectedDecisions({ onOpenDraft }: RejectedDecisionsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { status, items, follow } = useRejectedDecisionsStore(
    useShallow((state) => ({ status: state.status, items: state.items, follow: state.follow })),
  );
  useEffect(() => follow(), [follow]);

  if (items.length === 0 && status !== 'error') {
    return null;
  }
  return (
    <section className="sync-rejected" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('sync.rejected.title', { total: items.length })}</h3>
      {status === 'error' ? (
        <p className="sync-problem" role="alert">
          {t('sync.rejected.loadFailed')}
        </p>
      ) : (
        <>
          <p className="sync-hint">{t('sync.rejected.help')}</p>
          <ul className="sync-rejected-list">
            {items.map((item) => (
              <RejectedItem key={item.eventId} item={item} onOpenDraft={onOpenDraft} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function RejectedItem({
  item,
  onOpenDraft,
}: {
  item: RejectedDecision;
  onOpenDraft: RejectedDecisionsProps['onOpenDraft'];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const projectName = useProjectsStore(
    (state) => state.projects.find((project) => project.id === item.projectId)?.name,
  );
  const kind = item.kind === undefined ? t('sync.kinds.unknown') : t(`sync.kinds.${item.kind}`);
  const { projectId, draftId } = item;
  return (
    <li className="sync-rejected-item">
      <p className="sync-rejected-what">
        {t('sync.rejected.what', {
          kind,
          draftId: draftId ?? t('sync.rejected.unknownDraft'),
          project: projectName ?? projectId ?? t('sync.rejected.unknownProject'),
        })}
      </p>
      <p className="sync-rejected-reason">{rejectionReasonText(t, item.reason)}</p>
      {item.detail === undefined || item.detail.trim() === '' ? null : (
        <p className="sync-rejected-detail">{t('hubFailure.hubSaid', { message: item.detail })}</p>
      )}
      <dl className="sync-rejected-when">
        {item.decidedAt === undefined ? null : (
          <div>
            <dt>{t('sync.rejected.decidedAt')}</dt>
            <dd>
              <time dateTime={item.decidedAt}>{formatDateTime(language, item.decidedAt)}</time>
            </dd>
          </div>
        )}
        {item.rejectedAt === undefined ? null : (
          <div>
            <dt>{t('sync.rejected.refusedAt')}</dt>
            <dd>
              <time dateTime={item.rejectedAt}>{formatDateTime(language, item.rejectedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      {projectId === undefined || draftId === undefined || projectName === undefined ? null : (
        <button
          type="button"
          className="button sync-open-draft"
          onClick={() => onOpenDraft(projectId, draftId)}
        >
          {t('sync.rejected.open', { draftId })}
        </button>
      )}
    </li>
  );
}
