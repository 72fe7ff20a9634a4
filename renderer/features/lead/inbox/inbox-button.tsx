/**
 * The header's way into the lead's inbox, with how many drafts wait. Rendered only for whoever
 * has lead access (a lead, an admin, or solo without a hub): a reviewer never sees it.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { useLeadAccess } from '../../../stores/lead/lead-access';
import { useLeadInboxStore } from '../../../stores/lead/inbox/lead-inbox-store';
import { useNavigationStore } from '../../../stores/navigation/navigation-store';

export function InboxButton() {
  const allowed = useLeadAccess();
  return allowed ? <WaitingCount /> : null;
}

function WaitingCount() {
  const { t } = useTranslation();
  const language = useLanguage();
  const waiting = useLeadInboxStore(
    (state) => state.items.filter((item) => item.sentBack === null).length,
  );
  const onInbox = useNavigationStore((state) => state.screen === 'inbox');
  useEffect(() => {
    if (useLeadInboxStore.getState().status === 'idle') {
      void useLeadInboxStore.getState().load();
    }
  }, []);
  return (
    <button
      type="button"
      className="button inbox-button"
      aria-current={onInbox ? 'page' : undefined}
      onClick={() => useNavigationStore.getState().openInbox()}
    >
      {waiting === 0
        ? t('lead.inbox.button')
        : t('lead.inbox.buttonCount', { count: formatCount(language, waiting) })}
    </button>
  );
}
