/**
 * SFT chat (OpenAI fine-tuning; TRL conversational): `{"messages": [...input, {assistant: final}]}`
 * for every accepted answer — approvals (the draft as it was) and edits (the final text). A
 * lead's reject has no accepted answer, and a draft with no input at all (no context, messages
 * or prompt) teaches nothing: both are `not-applicable`. The input messages follow
 * `chat-messages.ts`.
 */
import type { FormatWriter } from '../export-writer';
import { assistantTurn, promptMessages } from './chat-messages';
import { exclusionFor } from './exclusion';
import { createJsonlWriter } from './jsonl';

export function createSftWriter(): FormatWriter {
  return createJsonlWriter('sft', (record) => {
    if (!record.gold) {
      return { excluded: exclusionFor(record) };
    }
    const input = promptMessages(record);
    if (record.decision === 'rejected' || input.length === 0) {
      return { excluded: 'not-applicable' };
    }
    return { lines: [{ messages: [...input, ...assistantTurn(record.final)] }] };
  });
}
