/**
 * What the main landmark shows: the profile onboarding on first start, else the screen the
 * navigation store names (queue, review, import, or the lead's inbox or statistics). Loads the profile and the
 * projects on mount, since both decide which of those the reviewer sees.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProfileOnboarding } from '../features/profile/profile-onboarding';
import { ImportScreen } from '../features/import/import-screen';
import { InboxScreen } from '../features/lead/inbox/inbox-screen';
import { EmptyQueue } from '../features/queue/empty-queue';
import { QueueScreen } from '../features/queue/queue-screen';
import { useLeadAccess } from '../stores/lead/lead-access';
import { useNavigationStore } from '../stores/navigation/navigation-store';
import { useProfileStore } from '../stores/profile/profile-store';
import { useProjectsStore } from '../stores/projects/projects-store';
import { ReviewRoute } from './review-route';
import '../styles/profile.css';

/** Loaded when first opened: its charts (ECharts) are most of a megabyte no reviewer needs. */
const StatisticsScreen = lazy(async () => ({
  default: (await import('../features/lead/statistics')).StatisticsScreen,
}));

export function MainContent() {
  const { t } = useTranslation();
  const profileStatus = useProfileStore((state) => state.status);
  const hasProfile = useProfileStore((state) => state.profile !== null);
  const projectsStatus = useProjectsStore((state) => state.status);
  const hasProjects = useProjectsStore((state) => state.projects.length > 0);
  const screen = useNavigationStore((state) => state.screen);
  const leadAccess = useLeadAccess();

  useEffect(() => {
    // Start-up may already have loaded them; reading twice would only flash "loading".
    if (useProfileStore.getState().status === 'idle') {
      void useProfileStore.getState().load();
    }
    if (useProjectsStore.getState().status === 'idle') {
      void useProjectsStore.getState().load();
    }
  }, []);

  if (profileStatus === 'error') {
    return (
      <p className="notice" role="alert">
        {t('queue.loadFailed')}
      </p>
    );
  }
  if (profileStatus !== 'ready') {
    return (
      <p className="queue-loading" role="status">
        {t('queue.loading')}
      </p>
    );
  }
  if (!hasProfile) {
    // The empty queue stays visible below, so a new reviewer learns what Loupe is while naming
    // themselves; the demo button waits for the name because decisions carry it.
    return (
      <>
        <ProfileOnboarding />
        {projectsStatus === 'ready' && !hasProjects && <EmptyQueue canLoadDemo={false} />}
      </>
    );
  }
  if (screen === 'import') {
    return <ImportScreen />;
  }
  if (screen === 'statistics' && leadAccess) {
    return (
      <Suspense fallback={<p role="status">{t('statistics.loading')}</p>}>
        <StatisticsScreen />
      </Suspense>
    );
  }
  if (screen === 'inbox' && leadAccess) {
    // A reviewer never reaches the inbox, even if something set the screen (a role change).
    return <InboxScreen />;
  }
  return screen === 'review' ? <ReviewRoute /> : <QueueScreen />;
}
