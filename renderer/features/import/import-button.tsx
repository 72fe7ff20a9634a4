/**
 * "Import a file…": the import screen, then the file dialog over it (unless a file is on its way,
 * see file-replaceable.ts). While a pass runs (the reviewer went back to the queue), the button
 * says how far it has got and leads back to it.
 */
import { useTranslation } from 'react-i18next';
import { fileReplaceable } from '../../stores/import/file-replaceable';
import { importRate } from '../../stores/import/import-rate';
import { useImportStore } from '../../stores/import/import-store';
import { useNavigationStore } from '../../stores/navigation/navigation-store';

export function ImportButton({ primary = false }: { primary?: boolean }) {
  const { t } = useTranslation();
  const openImport = useNavigationStore((state) => state.openImport);
  const chooseFile = useImportStore((state) => state.chooseFile);
  const replaceable = useImportStore(fileReplaceable);
  // A whole percent, so the button re-renders at most a hundred times per pass.
  const runningPercent = useImportStore((state) =>
    state.step === 'checking' || state.step === 'writing'
      ? Math.floor(
          100 *
            importRate(
              state.progress,
              state.fileSize,
              0,
              state.step === 'writing' ? (state.checkResult?.rowsValid ?? null) : null,
            ).fraction,
        )
      : null,
  );
  return (
    <button
      type="button"
      className={primary ? 'button button-primary' : 'button'}
      onClick={() => {
        openImport();
        // A file already on its way (mapping, a pass running) is shown, not replaced.
        if (replaceable) {
          void chooseFile();
        }
      }}
    >
      {runningPercent === null
        ? t('import.screen.open')
        : t('import.screen.running', { percent: runningPercent })}
    </button>
  );
}
