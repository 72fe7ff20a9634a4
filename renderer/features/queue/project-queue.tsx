/**
 * One project's queue: summary bar, filters and the windowed list of drafts, over the queue
 * store's entries (small rows, already in queue order). The first page paints while the rest is
 * read; a decision replaces one entry, so the counts here follow without another database read.
 */
import { ExportButton } from '../export/export-button';
import { ImportButton } from '../import/import-button';
import { UnfinishedImports } from '../import/unfinished-imports';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../i18n/format';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { useQueueStore } from '../../stores/queue/queue-store';
import { useReviewStore } from '../../stores/review/review-store';
import { selectLanguage } from '../../stores/settings/settings-selectors';
import { useSettingsStore } from '../../stores/settings/settings-store';
import {
  countByStatus,
  distinctValues,
  EMPTY_FILTER,
  filterEntries,
  type QueueFilter,
} from './queue-filter';
import { QueueFilters } from './queue-filters';
import { QueueRow } from './queue-row';
import { QueueSummary } from './queue-summary';
import { VirtualList } from './virtual-list';

/** The meta line, two lines of the draft and padding; fixed so the list can window without measuring rows. */
export const QUEUE_ROW_HEIGHT = 92;

export function ProjectQueue() {
  const { t } = useTranslation();
  const titleId = useId();
  const language = useSettingsStore(selectLanguage);
  const { project, sittingCount } = useReviewStore(
    useShallow((state) => ({ project: state.project, sittingCount: state.sittingCount })),
  );
  const { entries, positions, status, search, setSearch } = useQueueStore(
    useShallow((state) => ({
      entries: state.entries,
      positions: state.positions,
      status: state.status,
      search: state.search,
      setSearch: state.setSearch,
    })),
  );
  const openReview = useNavigationStore((state) => state.openReview);
  const [filter, setFilter] = useState<QueueFilter>(EMPTY_FILTER);
  const whole = status === 'ready';

  const counts = useMemo(() => countByStatus(entries), [entries]);
  const models = useMemo(() => distinctValues(entries, (entry) => entry.model), [entries]);
  const promptVersions = useMemo(
    () => distinctValues(entries, (entry) => entry.promptVersion),
    [entries],
  );
  const shown = useMemo(
    () => filterEntries(entries, filter, search.matches, positions),
    // `search`, not `search.matches`: the set grows in place while a search runs.
    [entries, positions, filter, search],
  );
  // One clock for the screen, so every row's age is measured from the same moment.
  const [now] = useState(() => Date.now());

  const renderRow = useCallback(
    (position: number) => {
      const entry = entries[shown[position] ?? -1];
      return entry === undefined ? null : <QueueRow entry={entry} language={language} now={now} />;
    },
    [entries, shown, language, now],
  );
  const setTrail = useQueueStore((state) => state.setTrail);
  const openRow = useCallback(
    (position: number) => {
      const entry = entries[shown[position] ?? -1];
      if (entry !== undefined) {
        // J, K and the counter follow this list when a filter or search narrowed it.
        const narrowed = shown.length < entries.length;
        setTrail(narrowed ? shown.flatMap((index) => entries[index]?.draftId ?? []) : null);
        openReview(entry.draftId);
      }
    },
    [entries, shown, openReview, setTrail],
  );

  return (
    <section className="project-queue" aria-labelledby={titleId}>
      <UnfinishedImports />
      <div className="project-queue-bar">
        <h2 id={titleId} className="project-queue-title">
          {project?.name ?? t('queue.untitledProject')}
        </h2>
        <ImportButton />
        <ExportButton />
      </div>
      <QueueSummary
        counts={counts}
        sittingCount={sittingCount}
        language={language}
        counting={!whole}
      />
      <QueueFilters
        filter={filter}
        onChange={setFilter}
        search={search.text}
        onSearch={(text) => void setSearch(text)}
        disabled={!whole}
        counts={counts}
        total={entries.length}
        models={models}
        promptVersions={promptVersions}
        language={language}
      />
      <p className="queue-showing" role="status">
        {!whole
          ? t('queue.loadingRest')
          : search.running
            ? t('queue.searching', {
                scanned: formatCount(language, search.scanned),
                total: formatCount(language, search.total),
              })
            : t('queue.showing', {
                shown: formatCount(language, shown.length),
                total: formatCount(language, entries.length),
              })}
      </p>
      {shown.length === 0 && !search.running ? (
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
