/**
 * promptfoo regression tests, one test case per line (`tests: file://tests.jsonl`):
 * `{"description", "vars", "assert": [{"type": "similar", "value": final, "threshold"}],
 * "metadata"}` for every accepted answer (approvals and edits; a lead's reject has no expected
 * answer: `not-applicable`).
 *
 * `vars` is what a prompt template reads: `prompt` (the prompt text, '' when none), `context`
 * (the context block of `chat-messages.ts`, '' when none) and, when the draft had a
 * conversation, `messages` as a list (`{{ messages | dump }}` in a chat prompt). `metadata` is
 * flat strings and numbers, so `--filter-metadata` can pick by project, model or version.
 */
import type { FormatWriter } from '../export-writer';
import type { LoupeRecord } from '../loupe-record';
import { contextBlock, hasConversation } from './chat-messages';
import { exclusionFor } from './exclusion';
import { createJsonlWriter } from './jsonl';

export interface PromptfooWriterOptions {
  /** Cosine similarity the model's answer must reach against the final text (default 0.8). */
  threshold?: number;
}

export const DEFAULT_SIMILARITY_THRESHOLD = 0.8;

function testVars(record: LoupeRecord): Record<string, unknown> {
  const vars: Record<string, unknown> = {
    prompt: record.prompt ?? '',
    context: contextBlock(record.context),
  };
  if (hasConversation(record)) {
    vars.messages = record.messages;
  }
  return vars;
}

function testMetadata(record: LoupeRecord): Record<string, string | number> {
  const metadata: Record<string, string | number> = {
    draftId: record.id,
    project: record.project,
    decision: record.decision,
    model: record.model.name,
  };
  if (record.model.version !== undefined) {
    metadata.modelVersion = record.model.version;
  }
  if (record.promptVersion !== undefined) {
    metadata.promptVersion = record.promptVersion;
  }
  if (record.guidelinesVersion !== undefined) {
    metadata.guidelinesVersion = record.guidelinesVersion;
  }
  return metadata;
}

export function createPromptfooWriter(options: PromptfooWriterOptions = {}): FormatWriter {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  return createJsonlWriter('promptfoo', (record) => {
    if (!record.gold) {
      return { excluded: exclusionFor(record) };
    }
    if (record.decision === 'rejected') {
      return { excluded: 'not-applicable' };
    }
    return {
      lines: [
        {
          description: `${record.project}/${record.id}`,
          vars: testVars(record),
          assert: [{ type: 'similar', value: record.final, threshold }],
          metadata: testMetadata(record),
        },
      ],
    };
  });
}
