/**
 * How a draft's input becomes chat messages and prompt text, the same in every training and
 * evaluation format (sft, trl, dpo, kto, promptfoo, evals), so one draft reads the same way
 * everywhere:
 *
 * 1. The source context, when there is any, is one `system` message: each item as a Markdown
 *    heading with its title, its URL on the next line when it has one, then its text; items are
 *    separated by a blank line, in the draft's order. The model saw this material; a
 *    fine-tuned model should learn to answer from it.
 * 2. Then the draft's own conversation (`messages`) when it has one, verbatim and in order;
 *    otherwise one `user` message with the prompt, when there is a prompt. A draft with both
 *    keeps its messages: the conversation is what the model answered, the prompt then being
 *    the template that produced it.
 *
 * Text formats without chat lists (TRL's standard prompt, KTO's prompt) use the same pieces
 * joined: the context block, a blank line, then the prompt.
 */
import type { DraftContext, DraftMessage } from '../../domain/draft';
import type { LoupeRecord } from '../loupe-record';

export interface ChatMessage {
  role: DraftMessage['role'];
  content: string;
}

/** The context items as one Markdown block (empty when there are none). */
export function contextBlock(context: readonly DraftContext[]): string {
  return context
    .map((item) => {
      const heading = `## ${item.title}`;
      const url = item.url === undefined ? '' : `\n${item.url}`;
      return `${heading}${url}\n\n${item.text}`;
    })
    .join('\n\n');
}

/** True when the draft carried its own conversation: formats then use chat lists. */
export function hasConversation(record: LoupeRecord): boolean {
  return record.messages !== undefined && record.messages.length > 0;
}

/** The messages that lead up to the answer (never the answer itself). */
export function promptMessages(record: LoupeRecord): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const context = contextBlock(record.context);
  if (context !== '') {
    messages.push({ role: 'system', content: context });
  }
  if (hasConversation(record)) {
    for (const message of record.messages ?? []) {
      messages.push({ role: message.role, content: message.content });
    }
  } else if (record.prompt !== undefined && record.prompt !== '') {
    messages.push({ role: 'user', content: record.prompt });
  }
  return messages;
}

/** The input as one text: the context block, a blank line, the prompt. */
export function promptText(record: LoupeRecord): string {
  return [contextBlock(record.context), record.prompt ?? '']
    .filter((part) => part !== '')
    .join('\n\n');
}

/** The answer as the one-message list chat formats want. */
export function assistantTurn(content: string): ChatMessage[] {
  return [{ role: 'assistant', content }];
}
