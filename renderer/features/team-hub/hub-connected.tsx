/**
 * The connected hub: its address, who the reviewer is there and with which role (the hub's
 * word, in the reviewer's language), where the token is kept, and "Disconnect…" behind a
 * confirmation that says what is kept and what is not.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkHubUrl } from '../../../shared/sync/hub-url';
import type { SyncConnection } from '../../stores/sync/sync-store';
import { useSyncStore } from '../../stores/sync/sync-store';
import { DisconnectConfirm } from './disconnect-confirm';
import { TokenStorageNote } from './token-storage-note';

export interface HubConnectedProps {
  connection: SyncConnection;
  /** True right after "Test connection" succeeded: the summary takes focus and is announced. */
  justConnected: boolean;
  onDisconnected: () => void;
}

export function HubConnected({ connection, justConnected, onDisconnected }: HubConnectedProps) {
  const { t } = useTranslation();
  const disconnect = useSyncStore((state) => state.disconnect);
  const waiting = useSyncStore((state) => state.counts.waiting);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const summary = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const checked = checkHubUrl(connection.url);

  const wasConfirming = useRef(false);

  useEffect(() => {
    if (justConnected) {
      summary.current?.focus();
    }
  }, [justConnected]);

  useEffect(() => {
    // Back to the button that asked, so the keyboard stays where it was.
    if (!confirming && wasConfirming.current) {
      opener.current?.focus();
    }
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await disconnect();
      onDisconnected();
    } catch (error) {
      console.error('Could not disconnect from the hub', error);
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <div className="team-hub-connected">
      <p ref={summary} className="team-hub-summary" tabIndex={-1} role="status">
        {t('teamHub.connected', {
          url: connection.url,
          name: connection.user.name,
          role: t(`teamHub.roles.${connection.user.role}`),
        })}
      </p>
      {checked.ok && !checked.secure ? (
        <p className="team-hub-warning">{t('teamHub.insecure')}</p>
      ) : null}
      <TokenStorageNote />
      {confirming ? (
        <DisconnectConfirm
          waiting={waiting}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="team-hub-actions">
          <button ref={opener} type="button" className="button" onClick={() => setConfirming(true)}>
            {t('teamHub.disconnect.open')}
          </button>
        </div>
      )}
      {failed ? (
        <p className="team-hub-problem" role="alert">
          {t('teamHub.disconnect.failed')}
        </p>
      ) : null}
    </div>
  );
}
