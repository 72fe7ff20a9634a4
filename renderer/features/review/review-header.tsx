/**
 * The strip above the split: way back, where the reviewer is, what the draft is, save state. The
 * save state reads the store itself, so "Saving…" → "Saved" re-renders this line, not the
 * whole review screen (that change lands while the next draft is being painted).
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { DraftStatus } from '../../../shared/domain/draft';
import type { DraftRow } from '../../db/rows';
import { formatCount } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useReviewStore } from '../../stores/review/review-store';

export interface ReviewHeaderProps {
  draft: DraftRow;
  /** 1-based place in the queue; undefined while the queue is still being read. */
  position: number | undefined;
  total: number;
  onBack: () => void;
}

const STATUS_KEYS = {
  pending: 'review.status.pending',
  approved: 'review.status.approved',
  edited: 'review.status.edited',
  escalated: 'review.status.escalated',
  resolved: 'review.status.resolved',
  disputed: 'review.status.disputed',
} as const satisfies Record<DraftStatus, string>;

const ERROR_KEYS = [
  'review.errors.noProfile',
  'review.errors.saveFailed',
  'review.errors.nothingToUndo',
  'review.errors.readFailed',
] as const;
type ErrorKey = (typeof ERROR_KEYS)[number];

/** The store's error key when it is one this screen knows, else the generic save failure. */
function errorKeyOf(key: string): ErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(key)
    ? (key as ErrorKey)
    : 'review.errors.saveFailed';
}

/** The header strip, with a polite live region for "Saving…" / "Saved" / the error. */
export function ReviewHeader(props: ReviewHeaderProps) {
  const { draft, position, total, onBack } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <header className="review-header">
      <button type="button" className="button button-quiet" onClick={onBack}>
        {t('review.back')}
      </button>
      {position !== undefined && (
        <span className="review-position">
          {/* Grouped for the reader's language: 3 / 10,786, not 3 / 10786 (issue 12). */}
          {t('review.position', {
            position: formatCount(language, position),
            total: formatCount(language, total),
          })}
        </span>
      )}
      <h2 className="review-draft-id">{t('review.draftTitle', { id: draft.id })}</h2>
      <span className={`status-badge status-${draft.status}`}>{t(STATUS_KEYS[draft.status])}</span>
      <dl className="review-facts">
        <div>
          <dt>{t('review.facts.model')}</dt>
          <dd>
            {draft.model.version !== undefined
              ? t('review.facts.modelVersion', {
                  name: draft.model.name,
                  version: draft.model.version,
                })
              : draft.model.name}
          </dd>
        </div>
        {draft.promptVersion !== undefined ? (
          <div>
            <dt>{t('review.facts.promptVersion')}</dt>
            <dd>{draft.promptVersion}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('review.facts.priority')}</dt>
          <dd>{formatCount(language, draft.priority)}</dd>
        </div>
      </dl>
      <SaveState />
    </header>
  );
}

/** "Saving…" / "Saved" / the error, as a polite live region. */
function SaveState() {
  const { t } = useTranslation();
  const { saveStatus, errorKey } = useReviewStore(
    useShallow((s) => ({ saveStatus: s.saveStatus, errorKey: s.errorKey })),
  );
  let saveText = '';
  if (errorKey !== null) {
    saveText = t(errorKeyOf(errorKey));
  } else if (saveStatus === 'saving') {
    saveText = t('review.saving');
  } else if (saveStatus === 'saved') {
    // Only once the store says the Dexie transaction resolved: "Saved" must never be optimistic.
    saveText = t('review.saved');
  }
  return (
    <p
      className={errorKey !== null ? 'save-status save-error' : 'save-status'}
      role="status"
      aria-live="polite"
    >
      {saveText}
    </p>
  );
}
