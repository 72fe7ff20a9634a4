/**
 * "Disconnect from this hub?", said before it happens: what stays on this machine (every
 * decision made here, sent or not, and everything pulled) and what is forgotten (the address,
 * the token, the sync position — connecting again pulls everything again). Focus starts on the
 * safe answer; Escape is "Stay connected" and does not close the Settings dialog behind.
 */
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { InlineConfirm } from '../../components/inline-confirm';

export interface DisconnectConfirmProps {
  /** Decisions not yet sent to this hub (they stay, and go on the next connection). */
  waiting: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function DisconnectConfirm({ waiting, busy, onConfirm, onCancel }: DisconnectConfirmProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <InlineConfirm
      title={t('teamHub.disconnect.title')}
      cancelLabel={t('teamHub.disconnect.cancel')}
      confirmLabel={t('teamHub.disconnect.confirm')}
      tone="danger"
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('teamHub.disconnect.kept')}</p>
      <p>{t('teamHub.disconnect.forgotten')}</p>
      {waiting > 0 ? (
        <p className="team-hub-warning">
          {t('teamHub.disconnect.waiting', {
            count: waiting,
            formatted: formatCount(language, waiting),
          })}
        </p>
      ) : null}
    </InlineConfirm>
  );
}
