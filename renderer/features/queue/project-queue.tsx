/**
 * One project's queue: summary bar, filters and the windowed list of drafts. Everything is
 * computed from the review store's drafts (already in queue order) with memoised derivations, so
 * a decision made on the review screen shows here without another database read.
 */
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { formatCount } from '../../i18n/format';
import { useReviewStore } from '../../stores/review/review-store';
import { selectLanguage } from '../../stores/settings/settings-selectors';
import { useSettingsStore } from '../../stores/settings/settings-store';
import {
  countByStatus,
  distinctValues,
  EMPTY_FILTER,
  filterDrafts,
  modelKey,
  type QueueFilter,
} from './queue-filter';
import { QueueFilters } from './queue-filters';
import { QueueRow } from './queue-row';
import { QueueSummary } from './queue-summary';
import { VirtualList } from './virtual-list';

/** Two lines of text plus padding; fixed so the list can window without measuring rows. */
export const QUEUE_ROW_HEIGHT = 68;

export function ProjectQueue() {
  const { t } = useTranslation();
  const titleId = useId();
  const language = useSettingsStore(selectLanguage);
  const { project, drafts, sittingCount } = useReviewStore(
    useShallow((state) => ({
      project: state.project,
      drafts: state.drafts,
      sittingCount: state.sittingCount,
    })),
  );
  const openReview = useNavigationStore((state) => state.openReview);
  const [filter, setFilter] = useState<QueueFilter>(EMPTY_FILTER);
  // Typing stays responsive on 100k drafts: the list catches up with the search a beat later.
  const deferredFilter = useDeferredValue(filter);

  const counts = useMemo(() => countByStatus(drafts), [drafts]);
  const models = useMemo(() => distinctValues(drafts, modelKey), [drafts]);
  const promptVersions = useMemo(
    () => distinctValues(drafts, (draft) => draft.promptVersion),
    [drafts],
  );
  const shown = useMemo(() => filterDrafts(drafts, deferredFilter), [drafts, deferredFilter]);
  // One clock for the screen, so every row's age is measured from the same moment.
  const [now] = useState(() => Date.now());

  const renderRow = useCallback(
    (position: number) => {
      const draft = drafts[shown[position] ?? -1];
      return draft === undefined ? null : <QueueRow draft={draft} language={language} now={now} />;
    },
    [drafts, shown, language, now],
  );
  const openRow = useCallback(
    (position: number) => {
      const index = shown[position];
      if (index !== undefined) {
        openReview(index);
      }
    },
    [shown, openReview],
  );

  return (
    <section className="project-queue" aria-labelledby={titleId}>
      <h2 id={titleId} className="project-queue-title">
        {project?.name ?? t('queue.untitledProject')}
      </h2>
      <QueueSummary counts={counts} sittingCount={sittingCount} language={language} />
      <QueueFilters
        filter={filter}
        onChange={setFilter}
        counts={counts}
        total={drafts.length}
        models={models}
        promptVersions={promptVersions}
        language={language}
      />
      <p className="queue-showing" role="status">
        {t('queue.showing', {
          shown: formatCount(language, shown.length),
          total: formatCount(language, drafts.length),
        })}
      </p>
      {shown.length === 0 ? (
        <p className="queue-no-matches">{t('queue.noMatches')}</p>
      ) : (
        <VirtualList
          className="queue-list"
          count={shown.length}
          rowHeight={QUEUE_ROW_HEIGHT}
          label={t('queue.list.label')}
          renderRow={renderRow}
          onOpen={openRow}
        />
      )}
      <p className="queue-hint">{t('queue.list.hint')}</p>
    </section>
  );
}
