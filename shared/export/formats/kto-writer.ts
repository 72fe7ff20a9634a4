/**
 * TRL KTO / unpaired preference (EXPORTS.md §2): `{"prompt", "completion", "label"}`, one
 * judgement per line.
 *
 * - approval (a reviewer's or a lead's): the draft, `true`;
 * - edit that changed the text: the final `true` and the draft `false` (two lines, in that
 *   order); an edit that left the text as it was counts as an approval;
 * - a lead's reject: the draft, `false`;
 * - an escalation — not gold, so it is here only because the caller passes every record — for a
 *   reason that says the draft itself is wrong ({@link DRAFT_WRONG_REASON_IDS}): the draft,
 *   `false`. Other escalations ("needs a specialist", "other") say nothing about the draft's
 *   quality and stay excluded as `escalated`.
 *
 * Conversational form (prompt a list of messages, completion one assistant message) when the
 * draft had its own conversation, as in TRL's pair formats (`chat-messages.ts`).
 */
import type { FormatWriter } from '../export-writer';
import type { LoupeRecord } from '../loupe-record';
import { assistantTurn, hasConversation, promptMessages, promptText } from './chat-messages';
import { exclusionFor } from './exclusion';
import { createJsonlWriter } from './jsonl';

/**
 * Escalation reasons (ids of `DEFAULT_ESCALATION_REASONS`) that judge the draft wrong: a
 * factual error, a policy breach, harmful content. A project's own reasons, added by its lead,
 * do not count: their meaning is not known here.
 */
export const DRAFT_WRONG_REASON_IDS: ReadonlySet<string> = new Set([
  'factual-error',
  'policy',
  'harmful',
]);

function saysDraftIsWrong(record: LoupeRecord): boolean {
  return (
    record.decision === 'escalated' &&
    record.reasons.some((reason) => DRAFT_WRONG_REASON_IDS.has(reason))
  );
}

/** The draft's verdicts as (text, label) pairs, or null when the record gives none. */
function judgements(record: LoupeRecord): [string, boolean][] | null {
  if (saysDraftIsWrong(record)) {
    return [[record.original, false]];
  }
  if (!record.gold) {
    return null;
  }
  switch (record.decision) {
    case 'approved':
      return [[record.original, true]];
    case 'edited':
      return record.final === record.original
        ? [[record.final, true]]
        : [
            [record.final, true],
            [record.original, false],
          ];
    case 'rejected':
      return [[record.original, false]];
    default:
      return null;
  }
}

export function createKtoWriter(): FormatWriter {
  return createJsonlWriter('kto', (record) => {
    const pairs = judgements(record);
    if (pairs === null) {
      return { excluded: record.gold ? 'not-applicable' : exclusionFor(record) };
    }
    if (promptMessages(record).length === 0) {
      return { excluded: 'not-applicable' };
    }
    const conversational = hasConversation(record);
    const prompt = conversational ? promptMessages(record) : promptText(record);
    return {
      lines: pairs.map(([text, label]) => ({
        prompt,
        completion: conversational ? assistantTurn(text) : text,
        label,
      })),
    };
  });
}
