/** The export being written: rows done, rows per second, time left, and Cancel. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRate } from '../../stores/export/export-rate';

export function ExportProgress({ rate, onCancel }: { rate: ExportRate; onCancel: () => void }) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  // The form that had the focus is gone; keep it in the dialog, where Escape is heard.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <section className="export-section" aria-labelledby="export-progress-title">
      <h3 id="export-progress-title" className="export-section-title">
        {t('export.progress.title')}
      </h3>
      <progress
        className="export-progress-bar"
        max={Math.max(rate.total, 1)}
        value={rate.rows}
        aria-labelledby="export-progress-title"
      />
      <p role="status">
        {t('export.progress.rows', { rows: rate.rows, total: rate.total })}{' '}
        {rate.rowsPerSecond !== undefined && rate.secondsLeft !== undefined
          ? t('export.progress.pace', {
              perSecond: Math.round(rate.rowsPerSecond),
              seconds: rate.secondsLeft,
            })
          : t('export.progress.measuring')}
      </p>
      <button ref={cancel} type="button" className="button" onClick={onCancel}>
        {t('export.progress.cancel')}
      </button>
    </section>
  );
}
