/**
 * TRL preference pairs (`DPOTrainer`, `RewardTrainer`): `{"prompt", "chosen", "rejected"}` with
 * the final text chosen and the draft rejected. When the draft had its own conversation the
 * conversational form is written — `prompt` a list of messages, `chosen` and `rejected` one
 * assistant message each — so TRL applies the model's chat template; otherwise plain text,
 * the prompt being the context block and the prompt (`chat-messages.ts`).
 */
import type { FormatWriter } from '../export-writer';
import { assistantTurn, hasConversation, promptMessages, promptText } from './chat-messages';
import { createJsonlWriter } from './jsonl';
import { pairExclusion } from './preference-pair';

export function createTrlWriter(): FormatWriter {
  return createJsonlWriter('trl', (record) => {
    const excluded = pairExclusion(record);
    if (excluded !== null) {
      return { excluded };
    }
    const line = hasConversation(record)
      ? {
          prompt: promptMessages(record),
          chosen: assistantTurn(record.final),
          rejected: assistantTurn(record.original),
        }
      : { prompt: promptText(record), chosen: record.final, rejected: record.original };
    return { lines: [line] };
  });
}
