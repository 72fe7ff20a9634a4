/**
 * The header's sync status (issue 11): a compact button saying where sync stands — synced,
 * N waiting, syncing, offline and when it retries, an error and its reason, another window
 * syncing — with the last sync time, read again every minute (every second while a retry is
 * counted down), and how many decisions wait or were refused. It opens the sync panel.
 * Absent while no hub is connected, unless the hub refused decisions still to be seen.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../i18n/format';
import { useSyncStore } from '../../stores/sync/sync-store';
import { compactSyncLabel, lastSyncedLabel } from './sync-labels';
import { SyncPanel } from './sync-panel';
import { syncViewOf } from './sync-view';
import { useClock } from './use-clock';
import { useLanguage } from '../../i18n/use-language';
import '../../styles/sync.css';

export function SyncStatusButton() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { connected, status, counts, syncedAt } = useSyncStore(
    useShallow((state) => ({
      connected: state.connection !== null,
      status: state.status,
      counts: state.counts,
      syncedAt: state.syncedAt,
    })),
  );
  const [open, setOpen] = useState(false);
  const view = syncViewOf(connected, status, counts);
  const now = useClock(view.kind === 'offline' && view.retryAt !== undefined ? 1_000 : 60_000);

  if (!connected && counts.rejected === 0 && !open) {
    return null;
  }
  const ago = view.kind === 'synced' ? lastSyncedLabel(t, language, syncedAt, now) : null;
  const label =
    ago === null
      ? compactSyncLabel(t, language, view, now)
      : t('sync.compact.syncedAgo', { when: ago });
  return (
    <>
      <button
        type="button"
        className={`button sync-status sync-status-${view.kind}`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span className="sync-status-dot" aria-hidden="true" />
        {/* The title: the whole line, should a narrow window cut it short. */}
        <span className="sync-status-label" title={label}>
          {label}
        </span>
        {counts.waiting > 0 && view.kind !== 'waiting' && view.kind !== 'not-connected' ? (
          // Offline, failing or another window's turn: what this machine still holds back.
          <span className="sync-status-chip">
            {t('sync.compact.waiting', {
              count: counts.waiting,
              formatted: formatCount(language, counts.waiting),
            })}
          </span>
        ) : null}
        {counts.rejected > 0 ? (
          <span className="sync-status-rejected">
            {t('sync.compact.rejected', { count: counts.rejected })}
          </span>
        ) : null}
      </button>
      {open ? <SyncPanel onClose={() => setOpen(false)} /> : null}
    </>
  );
}
