/**
 * Which records make a preference pair (EXPORTS.md §2): a gold edit whose final text differs
 * from the draft — a reviewer's edit or a lead's resolve that edited. The final is preferred,
 * the draft rejected. Approvals and rejects have only one text: `not-applicable`.
 */
import type { ExclusionReason, LoupeRecord } from '../loupe-record';
import { promptMessages } from './chat-messages';
import { exclusionFor } from './exclusion';

/** Null when the record gives a pair, else why it does not. */
export function pairExclusion(record: LoupeRecord): ExclusionReason | null {
  if (!record.gold) {
    return exclusionFor(record);
  }
  if (record.decision !== 'edited' || record.final === record.original) {
    return 'not-applicable';
  }
  return promptMessages(record).length === 0 ? 'not-applicable' : null;
}
