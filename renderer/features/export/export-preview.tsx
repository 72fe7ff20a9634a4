/** What the current choices would export, counted before anything is written. */
import { useTranslation } from 'react-i18next';
import type { PreviewState } from '../../stores/export/export-store';
import { ExportCounts } from './export-counts';

export function ExportPreview({ preview, current }: { preview: PreviewState; current: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="export-section" aria-labelledby="export-preview-title" aria-busy={!current}>
      <h3 id="export-preview-title" className="export-section-title">
        {t('export.preview.title')}
      </h3>
      <div role="status" className="export-preview-status">
        {preview.status === 'counting' || (preview.status === 'ready' && !current)
          ? preview.status === 'counting' && preview.total > 0
            ? t('export.preview.counting', { rows: preview.rows, total: preview.total })
            : t('export.preview.countingStart')
          : preview.status === 'failed'
            ? t('export.preview.failed', { reason: preview.message })
            : preview.status === 'idle'
              ? t('export.preview.fixFirst')
              : null}
      </div>
      {preview.status === 'ready' && current && (
        <>
          {preview.manifest.counts.records === 0 && (
            <p className="export-notice">{t('export.preview.empty')}</p>
          )}
          <ExportCounts manifest={preview.manifest} caption={t('export.preview.caption')} />
        </>
      )}
    </section>
  );
}
