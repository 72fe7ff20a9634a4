/**
 * One reviewer's standing decision on an inbox row: what they did, who and when, the reason and
 * note of an escalation, their rubric answers, their active time, and for an edit the diff
 * against the original (the editor's diff view). Notes and texts are untrusted: drawn as text.
 */
import { useTranslation } from 'react-i18next';
import { isKind, type Labels } from '../../../../shared/domain/decision-event';
import type { Language } from '../../../../shared/ipc/contract';
import type { EventRow, ProjectRow } from '../../../db/rows';
import { VisibleText } from '../../../components/markdown/visible-text';
import { formatDateTime } from '../../../i18n/format';
import { DraftDiff } from '../../editor/draft-diff';
import { formatActiveTime, labelPairs, reasonLabel } from './inbox-text';

export interface DecisionCardProps {
  head: EventRow;
  original: string;
  project: ProjectRow | undefined;
  language: Language;
  /** How the reviewer is named ("you" for the lead's own decision). */
  who: string;
  /** The digit that accepts this edit, for an edit. */
  editKey?: number;
}

function labelsOf(head: EventRow): Labels | undefined {
  if (isKind(head, 'approve') || isKind(head, 'edit')) {
    return head.payload.labels;
  }
  return undefined;
}

export function DecisionCard({
  head,
  original,
  project,
  language,
  who,
  editKey,
}: DecisionCardProps) {
  const { t } = useTranslation();
  const answers = labelPairs(project, labelsOf(head), language);
  return (
    <article className="inbox-decision" data-kind={head.kind} aria-label={who}>
      {/* The hub user id as the tooltip: two teammates may share a name. */}
      <h4 className="inbox-decision-title" title={head.reviewerId}>
        {editKey === undefined ? null : <kbd className="inbox-decision-key">{editKey}</kbd>}
        {t('lead.inbox.detail.decisionBy', {
          kind: t(`review.history.kinds.${head.kind}`),
          who,
          when: formatDateTime(language, head.clientTime),
        })}
      </h4>
      {isKind(head, 'escalate') ? (
        <>
          <p>
            {t('lead.inbox.detail.reason', {
              reason: reasonLabel(project, head.payload.reasonId, language),
            })}
          </p>
          <p className="inbox-decision-note">
            {head.payload.note.trim() === '' ? (
              t('lead.inbox.detail.noNote')
            ) : (
              <VisibleText text={t('lead.inbox.detail.note', { note: head.payload.note })} />
            )}
          </p>
        </>
      ) : null}
      {answers.length === 0 ? null : (
        <dl className="inbox-decision-labels" aria-label={t('lead.inbox.detail.labels')}>
          {answers.map(({ question, answer }) => (
            <div key={question}>
              <dt>{question}</dt>
              <dd>{answer}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted">
        {t('lead.inbox.detail.activeTime', { time: formatActiveTime(language, head.activeMs) })}
      </p>
      {isKind(head, 'edit') ? (
        <section
          className="inbox-decision-diff"
          aria-label={t('lead.inbox.detail.editAgainstOriginal', { who })}
        >
          <DraftDiff original={original} edited={head.payload.finalText} />
        </section>
      ) : null}
    </article>
  );
}
