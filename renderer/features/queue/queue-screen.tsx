/** The queue area of the main screen: loading, failure, or (for now always) the empty queue. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectLoadQueue, selectQueueStatus } from '../../stores/queue/queue-selectors';
import { useQueueStore } from '../../stores/queue/queue-store';
import { EmptyQueue } from './empty-queue';

export function QueueScreen() {
  const { t } = useTranslation();
  const status = useQueueStore(selectQueueStatus);
  const loadQueue = useQueueStore(selectLoadQueue);

  useEffect(() => {
    void loadQueue();
  }, [loadQueue]);

  if (status === 'error') {
    return (
      <p className="notice" role="alert">
        {t('queue.loadFailed')}
      </p>
    );
  }
  if (status !== 'ready') {
    return (
      <p className="queue-loading" role="status">
        {t('queue.loading')}
      </p>
    );
  }
  // The draft list arrives with the import feature; until then nothing can fill the queue.
  return <EmptyQueue />;
}
