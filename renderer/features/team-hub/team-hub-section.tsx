/**
 * The Team hub section of Settings (issue 11): connect with an address and a token, see who you
 * are on the hub, disconnect. Which view shows follows the sync store's connection.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../../stores/sync/sync-store';
import { useHubConnectionStore } from '../../stores/sync/hub-connection-store';
import { HubConnectForm } from './hub-connect-form';
import { HubConnected } from './hub-connected';
import '../../styles/team-hub.css';

export function TeamHubSection() {
  const { t } = useTranslation();
  const titleId = useId();
  const connection = useSyncStore((state) => state.connection);
  const [notice, setNotice] = useState<'connected' | 'disconnected' | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice === 'disconnected') {
      noticeRef.current?.focus();
    }
  }, [notice]);

  const reloadStorage = () => void useHubConnectionStore.getState().load();

  return (
    <section className="settings-dialog-section team-hub" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('teamHub.title')}</h3>
      <p className="team-hub-intro">{t('teamHub.intro')}</p>
      {connection === null ? (
        <>
          {notice === 'disconnected' ? (
            <p ref={noticeRef} className="team-hub-notice" role="status" tabIndex={-1}>
              {t('teamHub.disconnected')}
            </p>
          ) : null}
          <HubConnectForm
            onConnected={() => {
              setNotice('connected');
              reloadStorage();
            }}
          />
        </>
      ) : (
        <HubConnected
          connection={connection}
          justConnected={notice === 'connected'}
          onDisconnected={() => {
            setNotice('disconnected');
            reloadStorage();
          }}
        />
      )}
    </section>
  );
}
