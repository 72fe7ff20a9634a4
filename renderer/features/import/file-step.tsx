/** The import's first step: what can be imported, and the button for the file dialog. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportStore } from '../../stores/import/import-store';

export function FileStep() {
  const { t } = useTranslation();
  const titleId = useId();
  const chooseFile = useImportStore((state) => state.chooseFile);
  return (
    <section className="import-file-step" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('import.pick.title')}</h2>
      <p>{t('import.pick.intro')}</p>
      <div className="import-drop-target">
        <button type="button" className="button button-primary" onClick={() => void chooseFile()}>
          {t('import.pick.choose')}
        </button>
        <p className="import-drop-hint">{t('import.pick.drop')}</p>
      </div>
    </section>
  );
}
