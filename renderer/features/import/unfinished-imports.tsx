/**
 * Imports that did not finish (a crash, a closed window, a cancel or a failure left their job
 * open), shown above the queue until the reviewer chooses what to do with each.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ImportJobRow } from '../../db/import-job-row';
import { formatCount, formatDateTime } from '../../i18n/format';
import { useImportStore } from '../../stores/import/import-store';
import { useUnfinishedImportsStore } from '../../stores/import/unfinished-imports-store';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { useSettingsStore } from '../../stores/settings/settings-store';

export function UnfinishedImports() {
  const { t } = useTranslation();
  const titleId = useId();
  const language = useSettingsStore((state) => state.language);
  const store = useUnfinishedImportsStore(
    useShallow((s) => ({
      jobs: s.jobs,
      workingOn: s.workingOn,
      lastRemoved: s.lastRemoved,
      failed: s.failed,
      load: s.load,
      finish: s.finish,
      remove: s.remove,
      keep: s.keep,
    })),
  );
  // The import running in this window has an open job too; it is not "unfinished".
  const runningId = useImportStore((s) =>
    s.step === 'writing' || s.step === 'stopped' ? s.importId : null,
  );
  const openImport = useNavigationStore((s) => s.openImport);
  const { load } = store;
  useEffect(() => {
    void load();
  }, [load]);

  const jobs = store.jobs.filter((job) => job.importId !== runningId);
  if (jobs.length === 0 && store.lastRemoved === null && !store.failed) {
    return null;
  }
  const finish = (job: ImportJobRow) => {
    openImport();
    void store.finish(job);
  };
  return (
    <section className="import-unfinished" aria-labelledby={titleId}>
      {jobs.length > 0 && <h2 id={titleId}>{t('import.unfinished.title')}</h2>}
      {store.lastRemoved !== null && (
        <p role="status">
          {t('import.unfinished.removed', {
            count: formatCount(language, store.lastRemoved.count),
            name: store.lastRemoved.fileName,
          })}
        </p>
      )}
      {store.failed && <p role="alert">{t('import.unfinished.failedAction')}</p>}
      <ul>
        {jobs.map((job) => (
          <li key={job.importId}>
            <p>
              {t('import.unfinished.item', {
                name: job.fileName,
                written: formatCount(language, job.rowsWritten),
                how: t(
                  `import.unfinished.${job.state === 'running' ? 'running' : job.state === 'failed' ? 'failed' : 'cancelled'}`,
                ),
                when: formatDateTime(language, job.updatedAt),
              })}
            </p>
            <div className="import-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={store.workingOn !== null}
                onClick={() => finish(job)}
              >
                {t('import.unfinished.finish')}
              </button>
              <button
                type="button"
                className="button"
                disabled={store.workingOn !== null}
                onClick={() => void store.remove(job)}
              >
                {t('import.unfinished.remove')}
              </button>
              <button
                type="button"
                className="button"
                disabled={store.workingOn !== null}
                onClick={() => void store.keep(job)}
              >
                {t('import.unfinished.keep')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
