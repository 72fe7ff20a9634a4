/**
 * The Settings dialog: the reviewer's display name, the team hub and the keyboard shortcuts.
 * Modal, focus kept inside and given back on close, Escape closes. Language and theme stay in
 * the header, where they are reachable from every screen.
 */
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { KeymapSettings } from '../keyboard/keymap-settings';
import { DisplayNameForm } from '../profile/display-name-form';
import { TeamHubSection } from '../team-hub/team-hub-section';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={t('settingsDialog.title')}
      onClose={onClose}
      closeOnBackdrop
      className="settings-dialog"
      headerAction={
        <button type="button" className="button" onClick={onClose}>
          {t('settingsDialog.close')}
        </button>
      }
    >
      <section className="settings-dialog-section" aria-label={t('settingsDialog.reviewer')}>
        <h3>{t('settingsDialog.reviewer')}</h3>
        <DisplayNameForm submitLabel={t('settingsDialog.saveName')} autoFocus />
      </section>
      <TeamHubSection />
      <section className="settings-dialog-section" aria-label={t('settingsDialog.keyboard')}>
        {/* No heading of ours: the keymap table's caption already names it. */}
        <KeymapSettings />
      </section>
    </ModalDialog>
  );
}
