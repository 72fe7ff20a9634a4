/**
 * The sync panel the header's status opens (issue 11): the state in full with what to do,
 * "Sync now", the last sync, what waits and what is held back in local-only projects, and the
 * decisions the hub refused. A modal dialog: focus moves in, stays inside, and goes back to the
 * status button on close.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatCount, formatDateTime } from '../../i18n/format';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { useSyncStore } from '../../stores/sync/sync-store';
import { ModalDialog } from '../../components/modal-dialog';
import { RejectedDecisions } from './rejected-decisions';
import { fullSyncText, lastSyncedLabel, rejectedLine } from './sync-labels';
import { syncViewOf } from './sync-view';
import { useClock } from './use-clock';
import { useLanguage } from '../../i18n/use-language';

export function SyncPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { connection, status, counts, syncedAt, syncNow } = useSyncStore(
    useShallow((state) => ({
      connection: state.connection,
      status: state.status,
      counts: state.counts,
      syncedAt: state.syncedAt,
      syncNow: state.syncNow,
    })),
  );
  const view = syncViewOf(connection !== null, status, counts);
  const now = useClock(view.kind === 'offline' && view.retryAt !== undefined ? 1_000 : 60_000);
  const { headline, explanation } = fullSyncText(t, language, view, now);
  const ago = lastSyncedLabel(t, language, syncedAt, now);
  const refused = rejectedLine(t, language, counts.rejected);

  const openSettings = () => {
    onClose();
    useNavigationStore.getState().setSettingsOpen(true);
  };
  const openDraft = (projectId: string, draftId: string) => {
    onClose();
    const navigation = useNavigationStore.getState();
    void navigation
      .openQueue(projectId)
      .then(() => navigation.openReview(draftId))
      .catch((error: unknown) => console.error('Could not open the draft', error));
  };

  return (
    <ModalDialog title={t('sync.panel.title')} onClose={onClose} className="sync-panel">
      {connection === null ? null : (
        <p className="sync-connection">
          {t('teamHub.connected', {
            url: connection.url,
            name: connection.user.name,
            role: t(`teamHub.roles.${connection.user.role}`),
          })}
        </p>
      )}
      <div className={`sync-state sync-state-${view.kind}`}>
        <p className="sync-headline" role="status">
          {headline}
        </p>
        {explanation.map((line) => (
          <p key={line} className="sync-explanation">
            {line}
          </p>
        ))}
        {refused === null ? null : <p className="sync-explanation sync-refused">{refused}</p>}
        {connection === null ? null : (
          <p className="sync-last">
            {syncedAt === null || ago === null
              ? t('sync.panel.neverSynced')
              : t('sync.panel.lastSynced', {
                  when: ago,
                  time: formatDateTime(language, syncedAt),
                })}
          </p>
        )}
      </div>
      <div className="sync-panel-actions">
        {connection === null ? (
          <button type="button" className="button button-primary" onClick={openSettings}>
            {t('sync.panel.openSettings')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            disabled={view.kind === 'standby'}
            onClick={syncNow}
          >
            {t('sync.panel.syncNow')}
          </button>
        )}
      </div>
      {connection === null ? null : (
        <dl className="sync-counts">
          <div>
            <dt>{t('sync.panel.waiting')}</dt>
            <dd>{formatCount(language, counts.waiting)}</dd>
          </div>
          <div>
            <dt>{t('sync.panel.localOnly')}</dt>
            <dd>
              {formatCount(language, counts.localOnly)}
              <span className="sync-hint">{t('sync.panel.localOnlyHelp')}</span>
            </dd>
          </div>
          <div>
            <dt>{t('sync.panel.rejected')}</dt>
            <dd>{formatCount(language, counts.rejected)}</dd>
          </div>
        </dl>
      )}
      <RejectedDecisions onOpenDraft={openDraft} />
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('sync.panel.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
