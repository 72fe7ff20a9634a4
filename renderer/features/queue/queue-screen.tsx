/**
 * The queue area of the main screen: loading, failure, the empty queue (with the demo button), or
 * the open project's queue. Opens the remembered project (or the first) once projects are known.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { useProjectsStore } from '../../stores/projects/projects-store';
import { useQueueStore } from '../../stores/queue/queue-store';
import { useReviewStore } from '../../stores/review/review-store';
import { EmptyQueue } from './empty-queue';
import { ProjectQueue } from './project-queue';
import '../../styles/queue.css';

export function QueueScreen() {
  const { t } = useTranslation();
  const { status, projectCount } = useProjectsStore(
    useShallow((state) => ({ status: state.status, projectCount: state.projects.length })),
  );
  const { demoStatus, openInitialProject } = useNavigationStore(
    useShallow((state) => ({
      demoStatus: state.demoStatus,
      openInitialProject: state.openInitialProject,
    })),
  );
  // The review store owns which project is open; the queue shows once it has read that one's.
  const projectId = useReviewStore((state) => state.project?.id ?? null);
  const { queueStatus, queueProjectId } = useQueueStore(
    useShallow((state) => ({ queueStatus: state.status, queueProjectId: state.projectId })),
  );

  useEffect(() => {
    if (status === 'ready' && projectCount > 0 && projectId === null) {
      void openInitialProject();
    }
  }, [status, projectCount, projectId, openInitialProject]);

  if (status === 'error' || queueStatus === 'error') {
    return (
      <p className="notice" role="alert">
        {t('queue.loadFailed')}
      </p>
    );
  }
  if (projectCount === 0 && (status === 'ready' || demoStatus !== 'idle')) {
    // While the demo loads the projects list reloads too; keep the button and its progress shown.
    return <EmptyQueue />;
  }
  if (projectId === null || queueProjectId !== projectId || queueStatus === 'loading') {
    return (
      <p className="queue-loading" role="status">
        {t('queue.loading')}
      </p>
    );
  }
  return <ProjectQueue />;
}
