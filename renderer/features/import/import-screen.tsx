/**
 * The import screen (issue 4): one step of the import flow at a time (see import-store.ts).
 * Leaving it while a pass runs is fine: the pass goes on in its worker and the screen shows it
 * again when the reviewer comes back.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatFileSize } from './import-units';
import { useImportStore } from '../../stores/import/import-store';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { useSettingsStore } from '../../stores/settings/settings-store';
import { CheckReport } from './check-report';
import { FileStep } from './file-step';
import { ImportOutcome } from './import-outcome';
import { MappingStep } from './mapping-step';
import { PassProgress } from './pass-progress';
import { UnfinishedImports } from './unfinished-imports';
import '../../styles/import.css';

export function ImportScreen() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { step, fileName, fileSize, error } = useImportStore(
    useShallow((state) => ({
      step: state.step,
      fileName: state.fileName,
      fileSize: state.fileSize,
      error: state.error,
    })),
  );
  const backToQueue = useNavigationStore((state) => state.backToQueue);

  return (
    <div className="import-screen" data-testid="import-screen">
      <div className="import-screen-bar">
        <h2 className="import-screen-title">{t('import.screen.title')}</h2>
        {fileName !== '' && step !== 'idle' && (
          <p className="import-file-name">
            {t('import.file', { name: fileName, size: formatFileSize(language, fileSize) })}
          </p>
        )}
        <button type="button" className="button" onClick={backToQueue}>
          {t('import.screen.back')}
        </button>
      </div>
      {error !== null && (
        <p className="notice import-problem-notice" role="alert">
          {t(`import.errors.${error.key}` as never, error.values)}
        </p>
      )}
      {step === 'idle' && (
        <>
          <UnfinishedImports />
          <FileStep />
        </>
      )}
      {step === 'previewing' && (
        <p role="status" className="queue-loading">
          {t('import.previewing', { name: fileName })}
        </p>
      )}
      {step === 'mapping' && <MappingStep />}
      {(step === 'checking' || step === 'writing') && <PassProgress />}
      {step === 'checked' && <CheckReport />}
      {(step === 'finished' || step === 'stopped') && <ImportOutcome />}
    </div>
  );
}
