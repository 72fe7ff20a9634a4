/**
 * The header's way into the lead's statistics. Rendered only for whoever has lead access (a
 * lead, an admin, or solo without a hub): a reviewer never sees it. Pointing at it or focusing
 * it starts the statistics worker (statistics-store.ts `prepare`).
 */
import { useTranslation } from 'react-i18next';
import { useLeadAccess } from '../../../stores/lead/lead-access';
import { useStatisticsStore } from '../../../stores/lead/statistics/statistics-store';
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
      // Pointed at or focused: the worker starts computing now, a moment before the click.
      onPointerEnter={() => useStatisticsStore.getState().prepare()}
      onFocus={() => useStatisticsStore.getState().prepare()}
      onClick={() => useNavigationStore.getState().openStatistics()}
    >
      {t('statistics.button')}
    </button>
  );
}
