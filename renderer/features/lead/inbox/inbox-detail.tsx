/**
 * An open inbox row: the draft's source on the left (the review screen's source pane), and on
 * the right the original draft, every standing decision with its diff against the original,
 * the two edits against each other when there are two, and the lead's call.
 */
import { useTranslation } from 'react-i18next';
import { isKind } from '../../../../shared/domain/decision-event';
import type { ProjectRow } from '../../../db/rows';
import { VisibleText } from '../../../components/markdown/visible-text';
import { useLanguage } from '../../../i18n/use-language';
import type { InboxItem } from '../../../stores/lead/inbox/inbox-item';
import { useLeadInboxStore } from '../../../stores/lead/inbox/lead-inbox-store';
import { headEdits } from '../../../stores/lead/inbox/resolve-choice';
import { DraftDiff } from '../../editor/draft-diff';
import { SourcePanel } from '../../review/source-panel';
import { SplitPane } from '../../review/split-pane';
import { StatusBadge } from '../../queue/status-badge';
import { useReviewActivity } from '../../review/use-review-activity';
import { AuditLogView } from '../audit/audit-log-view';
import { useReviewerLabel } from '../reviewer-names';
import { DecisionCard } from './decision-card';
import { ResolvePanel } from './resolve-panel';

export interface InboxDetailProps {
  item: InboxItem;
  project: ProjectRow | undefined;
}

export function InboxDetail({ item, project }: InboxDetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The lead's active time on the row, on the same clock the review screen feeds.
  const activity = useReviewActivity();
  const nameOf = useReviewerLabel();
  const draft = item.record.draft;
  const edits = headEdits(item);
  const [first, second] = edits;

  const right = (
    <div className="inbox-detail-right">
      <h2 className="pane-title">{t('lead.inbox.detail.original')}</h2>
      <pre className="inbox-original">
        <VisibleText text={draft.draft} />
      </pre>
      <h3 className="pane-subtitle">{t('lead.inbox.detail.decisions')}</h3>
      {item.heads.map((head) => {
        const editIndex = edits.findIndex((edit) => edit.eventId === head.eventId);
        return (
          <DecisionCard
            key={head.eventId}
            head={head}
            original={draft.draft}
            project={project}
            language={language}
            who={nameOf(head.reviewerId)}
            {...(editIndex < 0 ? {} : { editKey: editIndex + 1 })}
          />
        );
      })}
      {first !== undefined &&
      second !== undefined &&
      isKind(first, 'edit') &&
      isKind(second, 'edit') ? (
        <section
          className="inbox-edits-compared"
          aria-label={t('lead.inbox.detail.editsAgainstEachOther', {
            first: nameOf(first.reviewerId),
            second: nameOf(second.reviewerId),
          })}
        >
          <h4 className="inbox-decision-title">
            {t('lead.inbox.detail.editsAgainstEachOther', {
              first: nameOf(first.reviewerId),
              second: nameOf(second.reviewerId),
            })}
          </h4>
          <DraftDiff original={first.payload.finalText} edited={second.payload.finalText} />
        </section>
      ) : null}
      <ResolvePanel key={item.key} item={item} nameOf={nameOf} />
      <details className="inbox-audit">
        <summary>{t('lead.audit.draftTitle')}</summary>
        <AuditLogView
          scope={{ projectId: item.projectId, draftId: draft.id }}
          fileName={`audit-${item.projectId}-${draft.id}`}
        />
      </details>
    </div>
  );

  return (
    <div className="inbox-detail" {...activity}>
      <div className="inbox-detail-bar">
        <button
          type="button"
          className="button"
          onClick={() => useLeadInboxStore.getState().close()}
        >
          {t('lead.inbox.detail.back')}
        </button>
        <span className="queue-row-id">{draft.id}</span>
        <StatusBadge status={item.status} />
        <span>{project?.name ?? item.projectId}</span>
      </div>
      <SplitPane left={<SourcePanel draft={draft} activeMatch={null} />} right={right} />
    </div>
  );
}
