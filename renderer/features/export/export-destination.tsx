/** Where the export goes: a folder picked in the system dialog, or the browser's downloads. */
import { useTranslation } from 'react-i18next';
import type { ExportFolder } from '../../platform/bridge';

export function ExportDestination({
  folder,
  runtime,
  missing,
  onPick,
}: {
  folder: ExportFolder | null;
  runtime: 'electron' | 'browser';
  /** The reviewer pressed Export without a folder. */
  missing: boolean;
  onPick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-section">
      <legend className="export-section-title">{t('export.destination.title')}</legend>
      {runtime === 'browser' ? (
        <p className="export-hint">{t('export.destination.browser')}</p>
      ) : (
        <div className="export-destination">
          <button type="button" className="button" onClick={onPick}>
            {folder === null ? t('export.destination.pick') : t('export.destination.change')}
          </button>
          <span>
            {folder === null
              ? t('export.destination.none')
              : t('export.destination.chosen', { folder: folder.name })}
          </span>
        </div>
      )}
      {runtime === 'electron' && folder !== null && (
        <p className="export-hint">{t('export.destination.replaces')}</p>
      )}
      {/* The browser build has no folder to choose: its files are downloads. */}
      {runtime === 'electron' && missing && folder === null && (
        <p className="export-problem" role="alert">
          {t('export.problems.noFolder')}
        </p>
      )}
    </fieldset>
  );
}
