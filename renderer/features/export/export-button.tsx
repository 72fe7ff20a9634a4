/** "Export labelled set…" on the queue: the same dialog as File → Export Labelled Set…. */
import { useTranslation } from 'react-i18next';
import { useExportStore } from '../../stores/export/export-store';

export function ExportButton() {
  const { t } = useTranslation();
  const openDialog = useExportStore((state) => state.openDialog);
  return (
    <button type="button" className="button" onClick={openDialog}>
      {t('export.open')}
    </button>
  );
}
