/**
 * The header's way into the lead's statistics. Rendered only for whoever has lead access (a
 * lead, an admin, or solo without a hub): a reviewer never sees it.
 */
import { useTranslation } from 'react-i18next';
import { useLeadAccess } from '../../../stores/lead/lead-access';
import { useNavigationStore } from '../../../stores/navigation/navigation-store';

export function StatisticsButton() {
  const { t } = useTranslation();
  const allowed = useLeadAccess();
  const current = useNavigationStore((state) => state.screen === 'statistics');
  if (!allowed) {
    return null;
  }
  return (
    <button
      type="button"
      className="button"
      aria-current={current ? 'page' : undefined}
      onClick={() => useNavigationStore.getState().openStatistics()}
    >
      {t('statistics.button')}
    </button>
  );
}
