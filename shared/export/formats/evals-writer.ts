/**
 * OpenAI Evals samples (`{"input": [messages], "ideal": [final]}`, the shape the `Match` and
 * `Includes` evals read): every accepted answer, the input built as in `chat-messages.ts`. A
 * lead's reject has no ideal answer and a draft without input no question: `not-applicable`.
 */
import type { FormatWriter } from '../export-writer';
import { promptMessages } from './chat-messages';
import { exclusionFor } from './exclusion';
import { createJsonlWriter } from './jsonl';

export function createEvalsWriter(): FormatWriter {
  return createJsonlWriter('evals', (record) => {
    if (!record.gold) {
      return { excluded: exclusionFor(record) };
    }
    const input = promptMessages(record);
    if (record.decision === 'rejected' || input.length === 0) {
      return { excluded: 'not-applicable' };
    }
    return { lines: [{ input, ideal: [record.final] }] };
  });
}
