/**
 * "Publish this project to the team hub?", said before anything is sent: what the hub receives
 * (name, settings version, drafts), who sees it then, that decisions follow with the next sync.
 * Focus starts on "Cancel"; Escape cancels without closing the Projects dialog behind.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import { formatCount } from '../../i18n/format';

export interface PublishConfirmProps {
  name: string;
  settingsVersion: number;
  /** How many drafts will go, when the open queue knows. */
  drafts: number | null;
  language: Language;
  onConfirm: () => void;
  onCancel: () => void;
}

export function PublishConfirm(props: PublishConfirmProps) {
  const { name, settingsVersion, drafts, language, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  const ids = { title: useId(), body: useId() };
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancel.current?.focus();
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
      <h4 id={ids.title}>{t('publish.confirm.title', { name })}</h4>
      <div id={ids.body}>
        <p>
          {drafts === null
            ? t('publish.confirm.sendsAll', { version: settingsVersion })
            : t('publish.confirm.sends', {
                version: settingsVersion,
                count: drafts,
                formatted: formatCount(language, drafts),
              })}
        </p>
        <p>{t('publish.confirm.who')}</p>
        <p>{t('publish.confirm.decisions')}</p>
      </div>
      <div className="team-hub-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          {t('publish.confirm.cancel')}
        </button>
        <button type="button" className="button team-hub-primary" onClick={onConfirm}>
          {t('publish.confirm.publish')}
        </button>
      </div>
    </div>
  );
}
