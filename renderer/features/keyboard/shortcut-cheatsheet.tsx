/**
 * The `?` cheatsheet: every review shortcut with its current key, the editor's keys and the
 * rubric's digit keys.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { LeadShortcuts } from '../lead/inbox/lead-shortcuts';
import '../../styles/keyboard.css';
import '../../styles/rubric.css';
import { EDITOR_KEYS, REVIEW_ACTIONS } from '../../stores/keymap/keymap-keys';
import { selectKeymap } from '../../stores/keymap/keymap-selectors';
import { useKeymapStore } from '../../stores/keymap/keymap-store';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { CancelKeyLabel, KeyLabel, SaveChordLabel } from './key-label';

export interface ShortcutCheatsheetProps {
  open: boolean;
  onClose: () => void;
}

/** The cheatsheet dialog, controlled by its caller. */
export function ShortcutCheatsheet({ open, onClose }: ShortcutCheatsheetProps) {
  const { t } = useTranslation();
  const keymap = useKeymapStore(selectKeymap);
  const rubricTitleId = useId();
  if (!open) {
    return null;
  }
  return (
    <ModalDialog title={t('keyboard.cheatsheet.title')} onClose={onClose} className="cheatsheet">
      <p className="cheatsheet-hint">{t('keyboard.cheatsheet.hint')}</p>
      <table className="shortcut-table">
        <caption>{t('keyboard.cheatsheet.reviewSection')}</caption>
        <tbody>
          {REVIEW_ACTIONS.map((action) => (
            <tr key={action}>
              <th scope="row">{t(`keyboard.actions.${action}`)}</th>
              <td>
                <KeyLabel keyName={keymap[action]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="shortcut-table">
        <caption>{t('keyboard.cheatsheet.editorSection')}</caption>
        <tbody>
          {EDITOR_KEYS.map((editorKey) => (
            <tr key={editorKey}>
              <th scope="row">{t(`keyboard.editorKeys.${editorKey}`)}</th>
              <td>{editorKey === 'saveEdit' ? <SaveChordLabel /> : <CancelKeyLabel />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LeadShortcuts />
      {/* The rubric's digits: fixed keys whose target follows a rule (rubric-keys.ts). */}
      <section className="rubric-shortcuts" aria-labelledby={rubricTitleId}>
        <h3 id={rubricTitleId} className="rubric-shortcuts-title">
          {t('keyboard.cheatsheet.rubricSection')}
        </h3>
        <dl>
          <div className="rubric-shortcuts-row">
            <dt>{t('keyboard.cheatsheet.rubricDigits')}</dt>
            <dd>
              <span className="key-chord">
                <KeyLabel keyName="1" />–<KeyLabel keyName="9" />
              </span>
            </dd>
          </div>
        </dl>
        <p className="cheatsheet-hint">{t('keyboard.cheatsheet.rubricDigitsHint')}</p>
      </section>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('keyboard.cheatsheet.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

/**
 * The cheatsheet bound to the navigation store's `cheatsheetOpen`, which the native menu and
 * `useReviewShortcuts` (on `?`) set. Mount once near the app root.
 */
export function CheatsheetHost() {
  const open = useNavigationStore((state) => state.cheatsheetOpen);
  const setOpen = useNavigationStore((state) => state.setCheatsheetOpen);
  return <ShortcutCheatsheet open={open} onClose={() => setOpen(false)} />;
}
