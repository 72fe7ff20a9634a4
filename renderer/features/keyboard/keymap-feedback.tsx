/** The sentence shown under a row of the keymap table after a change attempt. */
import { useTranslation } from 'react-i18next';
import type { InvalidKeyReason, ReviewAction } from '../../stores/keymap/keymap-keys';
import { formatKey } from './key-label';

/** The outcome of one attempt to change `action`'s key. */
export type KeymapFeedback =
  | { kind: 'assigned'; action: ReviewAction; key: string }
  | { kind: 'swapped'; action: ReviewAction; key: string; other: ReviewAction; otherKey: string }
  | { kind: 'conflict'; action: ReviewAction; key: string; other: ReviewAction }
  | { kind: 'invalid'; action: ReviewAction; key: string; reason: InvalidKeyReason }
  | { kind: 'chord'; action: ReviewAction }
  | { kind: 'cancelled'; action: ReviewAction; key: string };

/** The translated message for `feedback`. */
export function useFeedbackMessage(): (feedback: KeymapFeedback) => string {
  const { t } = useTranslation();
  return (feedback) => {
    const action = t(`keyboard.actions.${feedback.action}`);
    switch (feedback.kind) {
      case 'assigned':
        return t('keyboard.settings.assigned', { action, key: formatKey(feedback.key) });
      case 'swapped':
        return t('keyboard.settings.swapped', {
          action,
          key: formatKey(feedback.key),
          other: t(`keyboard.actions.${feedback.other}`),
          otherKey: formatKey(feedback.otherKey),
        });
      case 'conflict':
        return t('keyboard.settings.conflict', {
          key: formatKey(feedback.key),
          other: t(`keyboard.actions.${feedback.other}`),
        });
      case 'invalid':
        return t(`keyboard.invalid.${feedback.reason}`, { key: feedback.key });
      case 'chord':
        return t('keyboard.invalid.chord');
      case 'cancelled':
        return t('keyboard.settings.cancelled', { action, key: formatKey(feedback.key) });
    }
  };
}
