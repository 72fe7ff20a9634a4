/** A draft's status as a badge: the translated word always shows, so colour is never the only cue. */
import { useTranslation } from 'react-i18next';
import type { DraftStatus } from '../../../shared/domain/draft';

export function StatusBadge({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`queue-badge queue-badge-${status}`}>
      <span className="queue-badge-dot" aria-hidden="true" />
      {t(`queue.status.${status}`)}
    </span>
  );
}
