/**
 * The inbox rows as a listbox: the selected row is the active descendant, so J/K and the arrows
 * (use-inbox-keys.ts) move a cursor a screen reader follows; Enter or a click opens the row.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/ipc/contract';
import type { ProjectRow } from '../../../db/rows';
import { VisibleText } from '../../../components/markdown/visible-text';
import { previewText } from '../../../db/queue-entry';
import type { InboxItem } from '../../../stores/lead/inbox/inbox-item';
import { useLeadInboxStore } from '../../../stores/lead/inbox/lead-inbox-store';
import { formatAge } from '../../queue/format-age';
import { StatusBadge } from '../../queue/status-badge';
import { formatList, reasonLabel } from './inbox-text';

export interface InboxListProps {
  rows: readonly InboxItem[];
  selectedKey: string | null;
  projects: readonly ProjectRow[];
  language: Language;
  now: number;
  /** How a reviewer is named (this lead as "you"). */
  nameOf: (reviewerId: string) => string;
}

export function InboxList(props: InboxListProps) {
  const { rows, selectedKey, projects, language, now, nameOf } = props;
  const { t } = useTranslation();
  const baseId = useId();
  const optionId = (index: number) => `${baseId}-row-${index}`;
  const selectedIndex = rows.findIndex((row) => row.key === selectedKey);

  useEffect(() => {
    if (selectedIndex >= 0) {
      document.getElementById(optionId(selectedIndex))?.scrollIntoView?.({ block: 'nearest' });
    }
    // optionId is derived from baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex]);

  return (
    <>
      <p id={`${baseId}-hint`} className="muted inbox-hint">
        {t('lead.inbox.listHint')}
      </p>
      <ul
        role="listbox"
        tabIndex={0}
        className="inbox-list"
        aria-label={t('lead.inbox.listLabel')}
        aria-describedby={`${baseId}-hint`}
        aria-activedescendant={selectedIndex >= 0 ? optionId(selectedIndex) : undefined}
      >
        {rows.map((row, index) => {
          const project = projects.find((candidate) => candidate.id === row.projectId);
          const reasons = row.reasons.map((reason) =>
            reason === 'disputed'
              ? t('lead.inbox.filters.disputed')
              : reasonLabel(project, reason, language),
          );
          return (
            <li
              key={row.key}
              id={optionId(index)}
              role="option"
              aria-selected={row.key === selectedKey}
              className="inbox-row"
              data-draft-id={row.draftId}
              onClick={() => useLeadInboxStore.getState().open(row.key)}
            >
              <div className="queue-row-meta">
                <span className="queue-row-id">{row.draftId}</span>
                <StatusBadge status={row.status} />
                <span>{project?.name ?? row.projectId}</span>
                <span>{formatList(language, reasons)}</span>
                <span title={row.reviewers.join(', ')}>
                  {t('lead.inbox.row.reviewers', {
                    names: formatList(language, row.reviewers.map(nameOf)),
                  })}
                </span>
                <span className="queue-row-model">{row.model}</span>
                <span className="queue-row-age">
                  <time dateTime={row.since}>{formatAge(language, row.since, now)}</time>
                </span>
              </div>
              <p className="queue-row-text">
                <VisibleText text={previewText(row.record.draft.draft)} />
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
