/** One draft in the queue list: id, status, model, prompt version, priority, age, first line. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import type { DraftRow } from '../../db/rows';
import { formatAge } from './format-age';
import { firstLine, modelKey } from './queue-filter';
import { StatusBadge } from './status-badge';

export interface QueueRowProps {
  draft: DraftRow;
  language: Language;
  /** Milliseconds since the epoch, fixed per render so every row ages against the same clock. */
  now: number;
}

/** Memoised: scrolling re-renders the window, but a row whose draft is unchanged stays as is. */
export const QueueRow = memo(function QueueRow({ draft, language, now }: QueueRowProps) {
  const { t } = useTranslation();
  return (
    <div className="queue-row">
      <div className="queue-row-meta">
        <span className="queue-row-id">{draft.id}</span>
        <StatusBadge status={draft.status} />
        <span className="queue-row-model">{modelKey(draft)}</span>
        <span>
          {draft.promptVersion === undefined
            ? t('queue.row.noPromptVersion')
            : t('queue.row.promptVersion', { version: draft.promptVersion })}
        </span>
        <span>{t('queue.row.priority', { priority: draft.priority })}</span>
        <span className="queue-row-age">
          <time dateTime={draft.createdAt}>{formatAge(language, draft.createdAt, now)}</time>
        </span>
      </div>
      {/* Plain text only: the draft is untrusted markdown and React escapes this text node. */}
      <p className="queue-row-text">{firstLine(draft.draft)}</p>
    </div>
  );
});
