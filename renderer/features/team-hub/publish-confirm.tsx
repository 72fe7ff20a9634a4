/**
 * "Publish this project to the team hub?", said before anything is sent: what the hub receives
 * (name, settings version, drafts), who sees it then, that decisions follow with the next sync.
 * Focus starts on "Cancel"; Escape cancels without closing the Projects dialog behind.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import { formatCount } from '../../i18n/format';
import { InlineConfirm } from '../../components/inline-confirm';

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
  return (
    <InlineConfirm
      title={t('publish.confirm.title', { name })}
      cancelLabel={t('publish.confirm.cancel')}
      confirmLabel={t('publish.confirm.publish')}
      tone="primary"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
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
    </InlineConfirm>
  );
}
