/** The filter bar: status (with counts), model, prompt version and a search box. */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAFT_STATUSES, type DraftStatus } from '../../../shared/domain/draft';
import type { Language } from '../../../shared/ipc/contract';
import { formatCount } from '../../i18n/format';
import type { QueueFilter } from './queue-filter';

export interface QueueFiltersProps {
  filter: QueueFilter;
  onChange: (filter: QueueFilter) => void;
  /** The search text; the queue store runs the search. */
  search: string;
  onSearch: (text: string) => void;
  /** Off while the rest of the queue is still being read: counts and options are not whole. */
  disabled?: boolean;
  counts: Record<DraftStatus, number>;
  total: number;
  models: string[];
  promptVersions: string[];
  language: Language;
}

function isStatus(value: string): value is DraftStatus {
  return (DRAFT_STATUSES as readonly string[]).includes(value);
}

/** A labelled select or input; the label is a real <label>, so axe and screen readers name it. */
function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="queue-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

export function QueueFilters(props: QueueFiltersProps) {
  const { filter, onChange, search, onSearch, disabled = false } = props;
  const { counts, total, models, promptVersions, language } = props;
  const { t } = useTranslation();
  const count = (value: number) => formatCount(language, value);
  return (
    <div role="search" className="queue-filters" aria-label={t('queue.filters.label')}>
      <Field label={t('queue.filters.status')}>
        {(id) => (
          <select
            id={id}
            disabled={disabled}
            value={filter.status}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ ...filter, status: isStatus(value) ? value : 'all' });
            }}
          >
            <option value="all">{t('queue.filters.allStatuses', { count: count(total) })}</option>
            {DRAFT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t('queue.filters.statusOption', {
                  status: t(`queue.status.${status}`),
                  count: count(counts[status]),
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('queue.filters.model')}>
        {(id) => (
          <select
            id={id}
            disabled={disabled}
            value={filter.model}
            onChange={(event) => onChange({ ...filter, model: event.target.value })}
          >
            <option value="all">{t('queue.filters.allModels')}</option>
            {models.map((model) => (
              <option key={model} value={model}>
                {model}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('queue.filters.promptVersion')}>
        {(id) => (
          <select
            id={id}
            disabled={disabled}
            value={filter.promptVersion}
            onChange={(event) => onChange({ ...filter, promptVersion: event.target.value })}
          >
            <option value="all">{t('queue.filters.allPromptVersions')}</option>
            {promptVersions.map((version) => (
              <option key={version} value={version}>
                {version}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('queue.filters.search')}>
        {(id) => (
          <input
            id={id}
            type="search"
            disabled={disabled}
            value={search}
            placeholder={t('queue.filters.searchPlaceholder')}
            onChange={(event) => onSearch(event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
