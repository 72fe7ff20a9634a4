/**
 * The lead's inbox (issue 14): escalated and disputed drafts of every project, filtered and
 * counted, moved through by keyboard; an opened row shows beside its source with every
 * reviewer's decision and the lead's call. Shown only with lead access (main-content.tsx).
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import {
  countInbox,
  filterInbox,
  INBOX_FACETS,
  type InboxFacet,
} from '../../../stores/lead/inbox/inbox-filters';
import { useLeadInboxStore } from '../../../stores/lead/inbox/lead-inbox-store';
import { useStatisticsStore } from '../../../stores/lead/statistics/statistics-store';
import { useNavigationStore } from '../../../stores/navigation/navigation-store';
import { useProjectsStore } from '../../../stores/projects/projects-store';
import '../../../styles/queue.css';
import '../../../styles/review.css';
import '../../../styles/lead-inbox.css';
import { useReviewerLabel } from '../reviewer-names';
import { InboxDetail } from './inbox-detail';
import { InboxFilterBar } from './inbox-filter-bar';
import { InboxList } from './inbox-list';
import { useInboxKeys } from './use-inbox-keys';

export function InboxScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { status, items, filters, selectedKey, openKey, saveStatus, errorKey, now } =
    useLeadInboxStore(
      useShallow((state) => ({
        status: state.status,
        items: state.items,
        filters: state.filters,
        selectedKey: state.selectedKey,
        openKey: state.openKey,
        saveStatus: state.saveStatus,
        errorKey: state.errorKey,
        // One clock per reading of the rows: every row ages and buckets against the same "now".
        now: state.readAt,
      })),
    );
  const projects = useProjectsStore((state) => state.projects);
  /** Reviewers by the team's names, this lead as "you" (as the review screen's history). */
  const nameOf = useReviewerLabel();

  useEffect(() => {
    // Once the inbox is read, the statistics get ready in their worker: a lead who goes on to
    // them finds them computed rather than waiting for a fresh worker's first run.
    void useLeadInboxStore
      .getState()
      .load()
      .then(() => useStatisticsStore.getState().prepare());
  }, []);

  const waiting = useMemo(() => items.filter((item) => item.sentBack === null), [items]);
  const rows = useMemo(() => filterInbox(waiting, filters, now), [waiting, filters, now]);
  const counts = useMemo(() => countInbox(waiting, filters, now), [waiting, filters, now]);
  const totals = useMemo(
    () =>
      Object.fromEntries(
        INBOX_FACETS.map((facet) => {
          const others = { ...filters };
          delete others[facet];
          return [facet, filterInbox(waiting, others, now).length];
        }),
      ) as Record<InboxFacet, number>,
    [waiting, filters, now],
  );
  const open = openKey === null ? undefined : items.find((item) => item.key === openKey);

  useInboxKeys(
    {
      call: null,
      acceptEdit: null,
      move: (step) => useLeadInboxStore.getState().move(step, now),
      open: () => useLeadInboxStore.getState().open(),
      undo: () => void useLeadInboxStore.getState().undo(),
    },
    open === undefined,
  );

  if (open !== undefined) {
    return (
      <div className="inbox-screen">
        <InboxDetail
          item={open}
          project={projects.find((project) => project.id === open.projectId)}
        />
      </div>
    );
  }
  const sentBack = items.length - waiting.length;
  const filtered = Object.keys(filters).length > 0;
  return (
    <div className="inbox-screen">
      <div className="inbox-top">
        <button
          type="button"
          className="button"
          onClick={() => useNavigationStore.getState().backToQueue()}
        >
          {t('navigation.backToQueue')}
        </button>
        <h2 className="inbox-title">{t('lead.inbox.heading')}</h2>
      </div>
      {status === 'error' ? (
        <p className="notice" role="alert">
          {t('lead.inbox.loadFailed')}
        </p>
      ) : status !== 'ready' ? (
        <p role="status">{t('lead.inbox.loading')}</p>
      ) : (
        <>
          <InboxFilterBar
            filters={filters}
            counts={counts}
            totals={totals}
            projects={projects}
            language={language}
            nameOf={nameOf}
            onChange={(facet, value) => useLeadInboxStore.getState().setFilter(facet, value)}
          />
          <p className="inbox-summary" role="status">
            {t('lead.inbox.summary', {
              shown: formatCount(language, rows.length),
              count: waiting.length,
            })}
            {sentBack === 0 ? null : <> {t('lead.inbox.sentBack', { count: sentBack })}</>}
          </p>
          <p className="inbox-save" role="status">
            {errorKey !== null
              ? t(errorKey)
              : saveStatus === 'saved'
                ? t('lead.inbox.resolve.saved')
                : null}
          </p>
          {waiting.length === 0 ? (
            <p className="inbox-empty">{t('lead.inbox.empty')}</p>
          ) : rows.length === 0 ? (
            <p className="inbox-empty">
              {t('lead.inbox.noMatches')}{' '}
              {filtered ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => useLeadInboxStore.getState().clearFilters()}
                >
                  {t('lead.inbox.clearFilters')}
                </button>
              ) : null}
            </p>
          ) : (
            <InboxList
              rows={rows}
              selectedKey={selectedKey}
              projects={projects}
              language={language}
              now={now}
              nameOf={nameOf}
            />
          )}
        </>
      )}
    </div>
  );
}
