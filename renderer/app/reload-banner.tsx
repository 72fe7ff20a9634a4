/** Shown after another window upgraded the database and this one had to let go of it. */
import { useTranslation } from 'react-i18next';
import { selectReloadRequired, useDatabaseStore } from '../stores/database/database-store';

export function ReloadBanner() {
  const { t } = useTranslation();
  const reloadRequired = useDatabaseStore(selectReloadRequired);
  if (!reloadRequired) {
    return null;
  }
  return (
    <div className="notice" role="alert">
      <p>{t('app.reloadRequired')}</p>
      <button type="button" className="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
