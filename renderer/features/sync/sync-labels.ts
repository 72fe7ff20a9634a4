/** The words for a sync state, short (the header) and in full (the sync panel). */
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/ipc/contract';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import { formatCount } from '../../i18n/format';
import { hubFailureAction, hubFailureProblem, hubFailureShort } from './hub-failure-message';
import { formatTimeAgo, formatTimeUntil } from './relative-time';
import type { SyncView } from './sync-view';

type Translate = TFunction<'translation'>;

/** The hub answered but asks to wait (429, 5xx): not the network's fault. */
function busy(failure: HubFailure | undefined): boolean {
  return failure?.kind === 'rate-limited' || failure?.kind === 'unavailable';
}

/** The header's few words for the state. */
export function compactSyncLabel(
  t: Translate,
  language: Language,
  view: SyncView,
  now: number,
): string {
  switch (view.kind) {
    case 'not-connected':
      return t('sync.compact.notConnected');
    case 'standby':
      return t('sync.compact.standby');
    case 'syncing':
      return view.pulled === undefined || view.pulled.done === 0
        ? t('sync.compact.syncing')
        : t('sync.compact.pulling', { done: formatCount(language, view.pulled.done) });
    case 'offline':
      if (view.retryAt === undefined) {
        return busy(view.failure) ? t('sync.compact.busy') : t('sync.compact.offline');
      }
      return t(busy(view.failure) ? 'sync.compact.busyRetrying' : 'sync.compact.retrying', {
        when: formatTimeUntil(language, view.retryAt, now, 'short'),
      });
    case 'error':
      return t('sync.compact.error', {
        reason:
          view.failure === undefined
            ? t('hubFailure.unavailable.short')
            : hubFailureShort(t, view.failure),
      });
    case 'waiting':
      return t('sync.compact.waiting', {
        count: view.count,
        formatted: formatCount(language, view.count),
      });
    case 'synced':
      return t('sync.compact.synced');
  }
}

/** "5 minutes ago" / "just now" for the last finished sync, or null if there was none. */
export function lastSyncedLabel(
  t: Translate,
  language: Language,
  syncedAt: string | null,
  now: number,
): string | null {
  if (syncedAt === null) {
    return null;
  }
  return formatTimeAgo(language, syncedAt, now) ?? t('sync.justNow');
}

/** The state in full: a headline and what it means or what to do. */
export function fullSyncText(
  t: Translate,
  language: Language,
  view: SyncView,
  now: number,
): { headline: string; explanation: string[] } {
  switch (view.kind) {
    case 'not-connected':
      return {
        headline: t('sync.full.notConnected'),
        explanation: [t('sync.full.notConnectedHelp')],
      };
    case 'standby':
      return { headline: t('sync.full.standby'), explanation: [t('sync.full.standbyHelp')] };
    case 'syncing':
      return {
        headline: t('sync.full.syncing'),
        explanation:
          view.pulled === undefined || view.pulled.done === 0
            ? [t('sync.full.syncingHelp')]
            : [
                t('sync.full.pulled', {
                  count: view.pulled.done,
                  done: formatCount(language, view.pulled.done),
                  high: formatCount(language, view.pulled.high),
                }),
              ],
      };
    case 'offline': {
      const retry =
        view.retryAt === undefined
          ? t('sync.full.retrySoon')
          : t('sync.full.retryAt', { when: formatTimeUntil(language, view.retryAt, now) });
      return {
        headline: busy(view.failure) ? t('sync.full.busy') : t('sync.full.offline'),
        explanation:
          view.failure === undefined
            ? [retry]
            : [
                // "Loupe could not reach the hub" would say the headline again.
                ...(view.failure.kind === 'offline' ? [] : [hubFailureProblem(t, view.failure)]),
                hubFailureAction(t, view.failure),
                retry,
              ],
      };
    }
    case 'error':
      return {
        headline: t('sync.full.error'),
        explanation:
          view.failure === undefined
            ? [t('sync.full.errorHelp')]
            : [
                hubFailureProblem(t, view.failure),
                hubFailureAction(t, view.failure),
                t('sync.full.errorHelp'),
              ],
      };
    case 'waiting':
      return {
        headline: t('sync.full.waiting', {
          count: view.count,
          formatted: formatCount(language, view.count),
        }),
        explanation: [t('sync.full.waitingHelp')],
      };
    case 'synced':
      return { headline: t('sync.full.synced'), explanation: [t('sync.full.syncedHelp')] };
  }
}

/** The line that sends the reader to the refused decisions, when there are any. */
export function rejectedLine(t: Translate, language: Language, rejected: number): string | null {
  return rejected === 0
    ? null
    : t('sync.full.rejectedHelp', { count: rejected, formatted: formatCount(language, rejected) });
}
