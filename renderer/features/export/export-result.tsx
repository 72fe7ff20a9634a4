/** A finished export: the files written, the manifest's summary, what was left out and why. */
import { useTranslation } from 'react-i18next';
import type { ExportManifest } from '../../../shared/export';
import type { ExportFolder } from '../../platform/bridge';
import type { WrittenFile } from '../../stores/export/write-export-folder';
import { ExportCounts } from './export-counts';

export function ExportResult({
  manifest,
  files,
  folder,
}: {
  manifest: ExportManifest;
  files: readonly WrittenFile[];
  folder: ExportFolder;
}) {
  const { t } = useTranslation();
  return (
    <section className="export-section" aria-labelledby="export-result-title">
      <h3 id="export-result-title" className="export-section-title">
        {t('export.result.title')}
      </h3>
      <p role="status">
        {folder.kind === 'downloads'
          ? t('export.result.downloaded', { count: files.length })
          : t('export.result.written', { count: files.length, folder: folder.name })}
      </p>
      <table className="export-count-table">
        <caption>{t('export.result.files')}</caption>
        <tbody>
          {files.map((file) => (
            <tr key={file.name}>
              <th scope="row">
                <code>{file.name}</code>
              </th>
              <td>{t('export.result.bytes', { count: file.bytes })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('export.result.summary', {
          format: manifest.format,
          source:
            manifest.source.kind === 'hub'
              ? t('export.result.sourceHub', { seq: manifest.source.seq })
              : t('export.result.sourceLocal'),
        })}
      </p>
      <ExportCounts manifest={manifest} caption={t('export.result.caption')} />
    </section>
  );
}
