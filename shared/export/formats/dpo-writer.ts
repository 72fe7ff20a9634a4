/**
 * OpenAI DPO fine-tuning pairs: `{"input": {"messages"}, "preferred_output": [final],
 * "non_preferred_output": [draft]}`, from the same records as TRL pairs (`preference-pair.ts`),
 * the input messages built as in `chat-messages.ts`.
 */
import type { FormatWriter } from '../export-writer';
import { assistantTurn, promptMessages } from './chat-messages';
import { createJsonlWriter } from './jsonl';
import { pairExclusion } from './preference-pair';

export function createDpoWriter(): FormatWriter {
  return createJsonlWriter('dpo', (record) => {
    const excluded = pairExclusion(record);
    if (excluded !== null) {
      return { excluded };
    }
    return {
      lines: [
        {
          input: { messages: promptMessages(record) },
          preferred_output: assistantTurn(record.final),
          non_preferred_output: assistantTurn(record.original),
        },
      ],
    };
  });
}
