/** A hub's rejection code (shared/sync/push.ts REJECTION_REASONS) in the reviewer's words. */
import type { TFunction } from 'i18next';
import { REJECTION_REASONS, type RejectionReason } from '../../../shared/sync/push';
import { sayPlain } from '../../i18n/plain-key';

type Translate = TFunction<'translation'>;

function isKnown(code: string): code is RejectionReason {
  return (REJECTION_REASONS as readonly string[]).includes(code);
}

/** One line per reason code; a code from a newer hub is named as it came. */
export function rejectionReasonText(t: Translate, code: string): string {
  return isKnown(code)
    ? sayPlain(t, `sync.rejected.reasons.${code}`)
    : sayPlain(t, 'sync.rejected.unknownReason', { code });
}
