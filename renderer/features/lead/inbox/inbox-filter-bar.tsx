/** The inbox's filters, each option with how many rows it would show. */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/ipc/contract';
import type { ProjectRow } from '../../../db/rows';
import { formatCount } from '../../../i18n/format';
import {
  AGE_BUCKETS,
  INBOX_FACETS,
  NO_PROMPT_VERSION,
  type InboxCounts,
  type InboxFacet,
  type InboxFilters,
} from '../../../stores/lead/inbox/inbox-filters';
import { DISPUTED_REASON } from '../../../stores/lead/inbox/inbox-item';
import { reasonLabel } from './inbox-text';

export interface InboxFilterBarProps {
  filters: InboxFilters;
  counts: InboxCounts;
  /** Rows each facet's "All" would show. */
  totals: Record<InboxFacet, number>;
  projects: readonly ProjectRow[];
  language: Language;
  /** How a reviewer is named (this lead as "you"). */
  nameOf: (reviewerId: string) => string;
  onChange: (facet: InboxFacet, value: string | null) => void;
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="queue-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

const ALL = '\u0000all';

export function InboxFilterBar(props: InboxFilterBarProps) {
  const { filters, counts, totals, projects, language, nameOf, onChange } = props;
  const { t } = useTranslation();
  const valueName = (facet: InboxFacet, value: string): string => {
    switch (facet) {
      case 'project':
        return projects.find((project) => project.id === value)?.name ?? value;
      case 'reason':
        return value === DISPUTED_REASON
          ? t('lead.inbox.filters.disputed')
          : reasonLabel(
              projects.find((project) =>
                project.escalationReasons?.some((reason) => reason.id === value),
              ),
              value,
              language,
            );
      case 'promptVersion':
        return value === NO_PROMPT_VERSION ? t('lead.inbox.filters.noPromptVersion') : value;
      case 'reviewer':
        return nameOf(value);
      case 'age':
        return t(`lead.inbox.filters.ages.${value as (typeof AGE_BUCKETS)[number]}`);
      default:
        return value;
    }
  };
  const values = (facet: InboxFacet): string[] => {
    const present = [...counts[facet].keys()];
    if (facet === 'age') {
      return AGE_BUCKETS.filter((bucket) => present.includes(bucket));
    }
    const chosen = filters[facet];
    const all = chosen !== undefined && !present.includes(chosen) ? [...present, chosen] : present;
    return all.sort((a, b) => valueName(facet, a).localeCompare(valueName(facet, b), language));
  };
  return (
    <div
      role="search"
      className="queue-filters inbox-filters"
      aria-label={t('lead.inbox.filters.label')}
    >
      {INBOX_FACETS.map((facet) => (
        <Field key={facet} label={t(`lead.inbox.filters.${facet}`)}>
          {(id) => (
            <select
              id={id}
              value={filters[facet] ?? ALL}
              onChange={(event) => {
                const value = event.target.value;
                onChange(facet, value === ALL ? null : value);
              }}
            >
              <option value={ALL}>
                {t('lead.inbox.filters.all', { count: formatCount(language, totals[facet]) })}
              </option>
              {values(facet).map((value) => (
                <option key={value} value={value}>
                  {t('lead.inbox.filters.option', {
                    value: valueName(facet, value),
                    count: formatCount(language, counts[facet].get(value) ?? 0),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
    </div>
  );
}
