/**
 * The Settings dialog: the reviewer's display name, the team hub and the keyboard shortcuts.
 * Modal, focus kept inside and given back on close, Escape closes. Language and theme stay in
 * the header, where they are reachable from every screen.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { KeymapSettings } from '../keyboard/keymap-settings';
import { DisplayNameForm } from '../profile/display-name-form';
import { TeamHubSection } from '../team-hub/team-hub-section';
import { useFocusTrap } from './use-focus-trap';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const onKeyDown = useFocusTrap(dialog, onClose);
  return (
    <div
      className="settings-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) {
          onClose();
        }
      }}
    >
      <div
        ref={dialog}
        className="settings-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <div className="settings-dialog-header">
          <h2 id={titleId}>{t('settingsDialog.title')}</h2>
          <button type="button" className="button" onClick={onClose}>
            {t('settingsDialog.close')}
          </button>
        </div>
        <section className="settings-dialog-section" aria-label={t('settingsDialog.reviewer')}>
          <h3>{t('settingsDialog.reviewer')}</h3>
          <DisplayNameForm submitLabel={t('settingsDialog.saveName')} autoFocus />
        </section>
        <TeamHubSection />
        <section className="settings-dialog-section" aria-label={t('settingsDialog.keyboard')}>
          {/* No heading of ours: the keymap table's caption already names it. */}
          <KeymapSettings />
        </section>
      </div>
    </div>
  );
}
