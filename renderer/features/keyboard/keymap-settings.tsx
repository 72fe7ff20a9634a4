/**
 * Remapping the review shortcuts: one row per action with its key and a "Change" button that
 * captures the next key press. Refusals (a key another action holds, a key that can't be a
 * shortcut) are explained in the row; a conflict can be resolved by swapping the two keys.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/keyboard.css';
import { REVIEW_ACTIONS, type ReviewAction } from '../../stores/keymap/keymap-keys';
import {
  selectAssignKey,
  selectKeymap,
  selectResetKeymap,
} from '../../stores/keymap/keymap-selectors';
import { useKeymapStore, type AssignResult } from '../../stores/keymap/keymap-store';
import { KeyLabel } from './key-label';
import { useFeedbackMessage, type KeymapFeedback } from './keymap-feedback';
import { useKeyCapture } from './use-key-capture';
import { useKeymapLoaded } from './use-keymap-loaded';

function feedbackFor(action: ReviewAction, result: AssignResult, oldKey: string): KeymapFeedback {
  if (result.ok) {
    return result.swappedWith
      ? { kind: 'swapped', action, key: result.key, other: result.swappedWith, otherKey: oldKey }
      : { kind: 'assigned', action, key: result.key };
  }
  return result.reason === 'conflict'
    ? { kind: 'conflict', action, key: result.key, other: result.conflictsWith }
    : { kind: 'invalid', action, key: result.key, reason: result.invalid };
}

/** The keymap table with Change buttons and "Reset to defaults"; embedded in the settings dialog. */
export function KeymapSettings() {
  const { t } = useTranslation();
  const keymap = useKeymapStore(selectKeymap);
  const assignKey = useKeymapStore(selectAssignKey);
  const resetToDefaults = useKeymapStore(selectResetKeymap);
  const message = useFeedbackMessage();
  const [capturing, setCapturing] = useState<ReviewAction | null>(null);
  const [feedback, setFeedback] = useState<KeymapFeedback | null>(null);
  const [resetDone, setResetDone] = useState(false);

  useKeymapLoaded();

  const attempt = async (action: ReviewAction, key: string, swap = false) => {
    const oldKey = keymap[action];
    const result = await assignKey(action, key, { swap });
    setFeedback(feedbackFor(action, result, oldKey));
  };

  useKeyCapture(capturing !== null, (captured) => {
    if (capturing === null) {
      return;
    }
    setCapturing(null);
    if (captured.kind === 'cancel') {
      setFeedback({ kind: 'cancelled', action: capturing, key: keymap[capturing] });
    } else if (captured.kind === 'chord') {
      setFeedback({ kind: 'chord', action: capturing });
    } else {
      void attempt(capturing, captured.key);
    }
  });

  const startCapture = (action: ReviewAction) => {
    setFeedback(null);
    setResetDone(false);
    setCapturing(capturing === action ? null : action);
  };

  return (
    <div className="keymap-settings">
      <table className="shortcut-table keymap-table">
        <caption>{t('keyboard.settings.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('keyboard.settings.actionColumn')}</th>
            <th scope="col">{t('keyboard.settings.keyColumn')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('keyboard.settings.changeColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {REVIEW_ACTIONS.map((action) => {
            const name = t(`keyboard.actions.${action}`);
            const rowFeedback = feedback?.action === action ? feedback : null;
            return (
              <tr key={action}>
                <th scope="row">{name}</th>
                <td>
                  <KeyLabel keyName={keymap[action]} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('keyboard.settings.changeLabel', { action: name })}
                    aria-pressed={capturing === action}
                    onClick={() => startCapture(action)}
                    onBlur={() => setCapturing((now) => (now === action ? null : now))}
                  >
                    {capturing === action
                      ? t('keyboard.settings.capturing')
                      : t('keyboard.settings.change')}
                  </button>
                  {/* Present before it has text, so screen readers announce what appears. */}
                  <div className="keymap-feedback" aria-live="polite">
                    {rowFeedback && <span>{message(rowFeedback)}</span>}
                    {rowFeedback?.kind === 'conflict' && (
                      <button
                        type="button"
                        className="button"
                        onClick={() => void attempt(action, rowFeedback.key, true)}
                      >
                        {t('keyboard.settings.swap', {
                          other: t(`keyboard.actions.${rowFeedback.other}`),
                        })}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {/* A plain live region, not role=status: the settings dialog has its own status line. */}
      <div aria-live="polite" className="visually-hidden" data-testid="keymap-capture-announcer">
        {capturing &&
          t('keyboard.settings.captureAnnouncement', {
            action: t(`keyboard.actions.${capturing}`),
          })}
      </div>
      <div className="keymap-reset">
        <button
          type="button"
          className="button"
          onClick={() => {
            setFeedback(null);
            void resetToDefaults().then(() => setResetDone(true));
          }}
        >
          {t('keyboard.settings.reset')}
        </button>
        <span aria-live="polite">{resetDone && t('keyboard.settings.resetDone')}</span>
      </div>
    </div>
  );
}
