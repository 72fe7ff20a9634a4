/**
 * Who decided what on the draft on screen, and when (issue 12): each decision with its reviewer
 * ("you" for this reviewer), the time, an escalation's reason and note, a comment's text, a
 * lead's resolution, newest first. A draft changed since it was reviewed says so here too.
 * Reason labels come from the project's settings; notes are untrusted text, drawn as text.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isKind, type ResolveVerdict } from '../../../shared/domain/decision-event';
import type { DraftRow, EventRow, ProjectRow } from '../../db/rows';
import { useReviewStore } from '../../stores/review/review-store';
import { formatDateTime } from '../../i18n/format';
import { afterPaint } from '../../stores/review/after-paint';
import { useDraftHistoryStore } from '../../stores/review/draft-history-store';
import { useProfileStore } from '../../stores/profile/profile-store';
import { VisibleText } from '../../components/markdown/visible-text';
import { localized } from '../rubric/localized';
import { useLanguage } from '../../i18n/use-language';
import { useTeamLabel } from '../lead/reviewer-names';

/** The history of the review store's draft on screen; nothing while none is. */
export function DecisionHistory() {
  const draft = useReviewStore((s) => s.current?.draft);
  const project = useReviewStore((s) => s.project);
  return draft === undefined ? null : <History draft={draft} project={project} />;
}

function History({ draft, project }: { draft: DraftRow; project: ProjectRow | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const read = useDraftHistoryStore((s) => s.read);
  const history = useDraftHistoryStore((s) =>
    s.history?.projectId === draft.projectId && s.history.draftId === draft.id ? s.history : null,
  );
  const me = useProfileStore((s) => s.profile?.reviewerId);
  // Teammates by name where this machine knows the team (a lead's), else by hub user id.
  const nameOf = useTeamLabel();
  // After the paint: J and a decision show the next draft first, its history a frame later.
  useEffect(() => afterPaint(() => void read(draft.projectId, draft.id)), [read, draft]);

  const events = [...(history?.events ?? [])].reverse();
  const reasonLabel = (id: string) => {
    const reason = project?.escalationReasons?.find((candidate) => candidate.id === id);
    return reason === undefined ? id : localized(reason.label, language);
  };
  const verdicts: Record<ResolveVerdict, string> = {
    approve: t('review.history.verdicts.approve'),
    edit: t('review.history.verdicts.edit'),
    reject: t('review.history.verdicts.reject'),
  };
  /** What a decision said beyond its kind, and its note. */
  const said = (event: EventRow): { detail: string; note: string } => {
    if (isKind(event, 'escalate')) {
      const reason = reasonLabel(event.payload.reasonId);
      return { detail: t('review.history.reason', { reason }), note: event.payload.note };
    }
    if (isKind(event, 'comment')) {
      return { detail: event.payload.text, note: '' };
    }
    if (isKind(event, 'resolve')) {
      return { detail: verdicts[event.payload.verdict], note: event.payload.note ?? '' };
    }
    return { detail: '', note: '' };
  };

  return (
    <section className="decision-history" aria-labelledby="decision-history-title">
      <h3 id="decision-history-title" className="pane-subtitle">
        {t('review.history.title')}
      </h3>
      {draft.changedSinceReview === undefined ? null : (
        <p className="decision-history-changed">
          {t('review.history.changed', {
            when: formatDateTime(language, draft.changedSinceReview.at),
          })}
        </p>
      )}
      {events.length === 0 ? (
        <p className="muted">{t('review.history.none')}</p>
      ) : (
        <ol className="decision-history-list">
          {events.map((event) => {
            const { detail, note } = said(event);
            return (
              <li key={event.eventId} data-kind={event.kind}>
                <p>
                  <strong>{t(`review.history.kinds.${event.kind}`)}</strong>{' '}
                  <span className="muted" title={event.reviewerId}>
                    {t('review.history.byWhen', {
                      who:
                        event.reviewerId === me
                          ? t('review.history.you')
                          : nameOf(event.reviewerId),
                      when: formatDateTime(language, event.clientTime),
                    })}
                  </span>
                </p>
                {detail === '' ? null : (
                  <p>
                    <VisibleText text={detail} />
                  </p>
                )}
                {note === '' ? null : (
                  <p className="decision-history-note">
                    <VisibleText text={t('review.history.note', { note })} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
