/** The summary bar: drafts per status, and the reviewer's progress in this sitting. */
import { useTranslation } from 'react-i18next';
import { DRAFT_STATUSES, type DraftStatus } from '../../../shared/domain/draft';
import type { Language } from '../../../shared/ipc/contract';
import { formatCount } from '../../i18n/format';
import { StatusBadge } from './status-badge';

export interface QueueSummaryProps {
  counts: Record<DraftStatus, number>;
  sittingCount: number;
  language: Language;
}

export function QueueSummary({ counts, sittingCount, language }: QueueSummaryProps) {
  const { t } = useTranslation();
  return (
    <section className="queue-summary" aria-label={t('queue.summary.label')}>
      <ul className="queue-summary-counts">
        {DRAFT_STATUSES.map((status) => (
          <li key={status} data-testid={`count-${status}`}>
            <StatusBadge status={status} />
            <span className="queue-summary-number">{formatCount(language, counts[status])}</span>
          </li>
        ))}
      </ul>
      <p className="queue-summary-progress" data-testid="sitting-progress">
        {t('queue.summary.progress', {
          decided: formatCount(language, sittingCount),
          pending: formatCount(language, counts.pending),
        })}
      </p>
    </section>
  );
}
