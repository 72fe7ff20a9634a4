/**
 * One draft in the queue list: id, status (and "changed" when its source changed after review),
 * model, prompt version, priority, age, and the draft's first two lines.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import type { QueueEntryRow } from '../../db/rows';
import { VisibleText } from '../../components/markdown/visible-text';
import { formatAge } from './format-age';
import { StatusBadge } from './status-badge';

export interface QueueRowProps {
  entry: QueueEntryRow;
  language: Language;
  /** Milliseconds since the epoch, fixed per render so every row ages against the same clock. */
  now: number;
}

/** Memoised: scrolling re-renders the window, but a row whose entry is unchanged stays as is. */
export const QueueRow = memo(function QueueRow({ entry, language, now }: QueueRowProps) {
  const { t } = useTranslation();
  return (
    <div className="queue-row">
      <div className="queue-row-meta">
        <span className="queue-row-id">{entry.draftId}</span>
        <StatusBadge status={entry.status} />
        {entry.changedSinceReview === undefined ? null : (
          <span className="queue-changed" title={t('queue.row.changedHint')}>
            {t('queue.row.changed')}
          </span>
        )}
        <span className="queue-row-model">{entry.model}</span>
        <span>
          {entry.promptVersion === undefined
            ? t('queue.row.noPromptVersion')
            : t('queue.row.promptVersion', { version: entry.promptVersion })}
        </span>
        <span>{t('queue.row.priority', { priority: entry.priority })}</span>
        <span className="queue-row-age">
          <time dateTime={entry.createdAt}>{formatAge(language, entry.createdAt, now)}</time>
        </span>
      </div>
      {/* Plain text only: the draft is untrusted markdown and React escapes this text node; its
          bidirectional controls and zero-width characters are drawn as inert markers. */}
      <p className="queue-row-text">
        <VisibleText text={entry.preview} />
      </p>
    </div>
  );
});
