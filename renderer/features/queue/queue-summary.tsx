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
  /** The queue is still being read: the counts so far would understate, so none are shown. */
  counting?: boolean;
}

export function QueueSummary({ counts, sittingCount, language, counting }: QueueSummaryProps) {
  const { t } = useTranslation();
  const count = (value: number) => (counting === true ? '…' : formatCount(language, value));
  return (
    <section className="queue-summary" aria-label={t('queue.summary.label')}>
      <ul className="queue-summary-counts">
        {DRAFT_STATUSES.map((status) => (
          <li key={status} data-testid={`count-${status}`}>
            <StatusBadge status={status} />
            <span className="queue-summary-number">{count(counts[status])}</span>
          </li>
        ))}
      </ul>
      <p className="queue-summary-progress" data-testid="sitting-progress">
        {t('queue.summary.progress', {
          decided: formatCount(language, sittingCount),
          pending: count(counts.pending),
        })}
      </p>
    </section>
  );
}
