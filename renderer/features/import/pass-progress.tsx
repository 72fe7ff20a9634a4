/**
 * A running pass: a progress bar by bytes, rows read, rows per second and the time left, and
 * Cancel. Re-renders on each progress message (at most ten a second, see import.worker.ts).
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../i18n/format';
import { importRate } from '../../stores/import/import-rate';
import { useImportStore } from '../../stores/import/import-store';
import { useSettingsStore } from '../../stores/settings/settings-store';
import { formatDuration } from './import-units';

export function PassProgress() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { step, fileName, fileSize, progress, elapsedMs, rowsToWrite, cancel } = useImportStore(
    useShallow((state) => ({
      step: state.step,
      fileName: state.fileName,
      fileSize: state.fileSize,
      progress: state.progress,
      elapsedMs: state.elapsedMs,
      rowsToWrite: state.step === 'writing' ? (state.checkResult?.rowsValid ?? null) : null,
      cancel: state.cancel,
    })),
  );
  const rate = importRate(progress, fileSize, elapsedMs, rowsToWrite);
  const title =
    step === 'writing'
      ? t('import.progress.writing', { name: fileName })
      : t('import.progress.checking', { name: fileName });
  return (
    <section className="import-progress" aria-label={t('import.progress.label')}>
      <h2>{title}</h2>
      <progress max={1} value={rate.fraction} aria-label={title} />
      <p role="status" className="import-progress-figures">
        <span>
          {progress.rowsWritten === undefined
            ? t('import.progress.rows', { rows: formatCount(language, progress.rowsRead) })
            : t('import.progress.written', {
                rows: formatCount(language, progress.rowsWritten),
              })}
        </span>
        {rate.rowsPerSecond !== null && (
          <span>
            {t('import.progress.rate', {
              rate: formatCount(language, Math.round(rate.rowsPerSecond)),
            })}
          </span>
        )}
        <span>
          {rate.secondsLeft === null
            ? t('import.progress.estimating')
            : t('import.progress.left', { time: formatDuration(language, rate.secondsLeft) })}
        </span>
      </p>
      <button type="button" className="button" onClick={cancel}>
        {t('import.progress.cancel')}
      </button>
    </section>
  );
}
