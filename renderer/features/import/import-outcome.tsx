/**
 * How a writing pass ended: finished (what it did to the project, and the way to its queue), or
 * stopped part-way by a cancel or a failure, with the three ways on: finish it, remove what it
 * added, or keep what it wrote.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../i18n/format';
import { useImportStore } from '../../stores/import/import-store';
import { useUnfinishedImportsStore } from '../../stores/import/unfinished-imports-store';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { useSettingsStore } from '../../stores/settings/settings-store';

export function ImportOutcome() {
  const { t } = useTranslation();
  const titleId = useId();
  const language = useSettingsStore((state) => state.language);
  const state = useImportStore(
    useShallow((s) => ({
      step: s.step,
      written: s.writeResult,
      // A pass that failed outright has no result: its last progress says what was stored.
      storedSoFar: s.writeResult?.rowsWritten ?? s.progress.rowsWritten ?? 0,
      projectId: s.projectId,
      importId: s.importId,
      fileName: s.fileName,
      resume: s.resume,
      reset: s.reset,
    })),
  );
  const { remove, keep, workingOn } = useUnfinishedImportsStore(
    useShallow((s) => ({ remove: s.remove, keep: s.keep, workingOn: s.workingOn })),
  );
  const openQueue = useNavigationStore((s) => s.openQueue);
  const { projectId, importId, fileName } = state;
  if (projectId === null || importId === null) {
    return null;
  }
  const count = (value: number) => formatCount(language, value);
  const job = { projectId, importId, fileName };

  if (state.step === 'finished' && state.written !== null) {
    const { counts } = state.written;
    return (
      <section className="import-outcome" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('import.done.title')}</h2>
        <p role="status">
          {t('import.done.summary', {
            added: count(counts.added),
            updated: count(counts.updated),
            unchanged: count(counts.unchanged),
            markedChanged: count(counts.markedChanged),
          })}
        </p>
        <div className="import-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              state.reset();
              void openQueue(projectId);
            }}
          >
            {t('import.done.open')}
          </button>
          <button type="button" className="button" onClick={state.reset}>
            {t('import.done.another')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="import-outcome" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('import.stopped.title')}</h2>
      <p role="status">{t('import.stopped.summary', { written: count(state.storedSoFar) })}</p>
      <div className="import-actions">
        <button type="button" className="button button-primary" onClick={() => void state.resume()}>
          {t('import.stopped.finish')}
        </button>
        <button
          type="button"
          className="button"
          disabled={workingOn !== null}
          onClick={() => void remove(job).then(state.reset)}
        >
          {t('import.stopped.remove')}
        </button>
        <button
          type="button"
          className="button"
          disabled={workingOn !== null}
          onClick={() => void keep(job).then(state.reset)}
        >
          {t('import.stopped.keep')}
        </button>
      </div>
    </section>
  );
}
