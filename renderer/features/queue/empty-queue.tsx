/** What a new reviewer sees first: what Loupe is, and how to get drafts into it. */
import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LoupeMark } from '../../components/loupe-mark';
import { ImportButton } from '../import/import-button';
import { LoadDemoButton } from './load-demo-button';

/**
 * `canLoadDemo` is false until the reviewer has a name: decisions on the demo need one, and the
 * import screen waits for it too.
 */
export function EmptyQueue({ canLoadDemo = true }: { canLoadDemo?: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="empty-queue" data-testid="empty-queue" aria-labelledby={titleId}>
      <LoupeMark className="empty-queue-mark" />
      <h2 id={titleId}>{t('queue.empty.title')}</h2>
      <p className="empty-queue-lead">{t('queue.empty.what')}</p>
      <div className="empty-queue-how">
        <h3>{t('queue.empty.howTitle')}</h3>
        {canLoadDemo && <ImportButton primary />}
        <ul>
          <li>{t('queue.empty.formats')}</li>
          <li>
            {/* Column names stay in code style; Trans builds elements, never HTML strings. */}
            <Trans i18nKey="queue.empty.columns" components={{ code: <code /> }} />
          </li>
        </ul>
        <div className="empty-queue-demo">
          <p>{t('queue.empty.demo')}</p>
          {canLoadDemo && <LoadDemoButton />}
        </div>
      </div>
    </section>
  );
}
