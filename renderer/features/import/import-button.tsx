/** "Import a file…": the import screen, then the file dialog over it. */
import { useTranslation } from 'react-i18next';
import { useImportStore } from '../../stores/import/import-store';
import { useNavigationStore } from '../../stores/navigation/navigation-store';

export function ImportButton({ primary = false }: { primary?: boolean }) {
  const { t } = useTranslation();
  const openImport = useNavigationStore((state) => state.openImport);
  const chooseFile = useImportStore((state) => state.chooseFile);
  const idle = useImportStore((state) => state.step === 'idle');
  return (
    <button
      type="button"
      className={primary ? 'button button-primary' : 'button'}
      onClick={() => {
        openImport();
        // A file already on its way (mapping, a pass running) is shown, not replaced.
        if (idle) {
          void chooseFile();
        }
      }}
    >
      {t('import.screen.open')}
    </button>
  );
}
