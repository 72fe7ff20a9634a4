/** A hub's rejection code (shared/sync/push.ts REJECTION_REASONS) in the reviewer's words. */
import type { useTranslation } from 'react-i18next';
import { REJECTION_REASONS, type RejectionReason } from '../../../shared/sync/push';

type Translate = ReturnType<typeof useTranslation>['t'];

function isKnown(code: string): code is RejectionReason {
  return (REJECTION_REASONS as readonly string[]).includes(code);
}

/** One line per reason code; a code from a newer hub is named as it came. */
export function rejectionReasonText(t: Translate, code: string): string {
  return isKnown(code)
    ? t(`sync.rejected.reasons.${code}`)
    : t('sync.rejected.unknownReason', { code });
}
