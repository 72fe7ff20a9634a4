/**
 * "Disconnect from this hub?", said before it happens: what stays on this machine (every
 * decision made here, sent or not, and everything pulled) and what is forgotten (the address,
 * the token, the sync position — connecting again pulls everything again). Focus starts on the
 * safe answer; Escape is "Stay connected" and does not close the Settings dialog behind.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format';
import { useLanguage } from '../sync/use-language';

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
  const ids = { title: useId(), body: useId() };
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    stay.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <div
      className="team-hub-confirm"
      role="group"
      aria-labelledby={ids.title}
      aria-describedby={ids.body}
      onKeyDown={onKeyDown}
    >
      <h4 id={ids.title}>{t('teamHub.disconnect.title')}</h4>
      <div id={ids.body}>
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
      </div>
      <div className="team-hub-actions">
        <button ref={stay} type="button" className="button" onClick={onCancel}>
          {t('teamHub.disconnect.cancel')}
        </button>
        <button
          type="button"
          className="button team-hub-danger"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) {
              onConfirm();
            }
          }}
        >
          {t('teamHub.disconnect.confirm')}
        </button>
      </div>
    </div>
  );
}
