/**
 * The header's "Settings" button. The dialog's open state lives in the navigation store and the
 * app shell renders the dialog, so it sits outside the banner landmark.
 */
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../stores/navigation/navigation-store';

export function SettingsButton() {
  const { t } = useTranslation();
  const setOpen = useNavigationStore((state) => state.setSettingsOpen);
  return (
    <button
      type="button"
      className="button settings-button"
      aria-haspopup="dialog"
      onClick={() => setOpen(true)}
    >
      {t('settingsDialog.open')}
    </button>
  );
}
