/**
 * Every training and evaluation format (EXPORTS.md §2): each line parses against the format's
 * documented shape, the right drafts give lines and the rest are excluded for the right reason
 * (the manifest counts them), and Chinese text and emoji come through unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { z } from '../../../../shared/validation/zod';
import type { ExclusionReason, ExportFormat } from '../../../../shared/export/loupe-record';
import { DEFAULT_ESCALATION_REASONS } from '../../../../shared/domain/default-escalation-reasons';
import { DRAFT_WRONG_REASON_IDS, createFormatWriter } from '../../../../shared/export/formats';
import {
  ALL_RECORDS,
  approved,
  editedWithMessages,
  escalatedWrong,
  rejected,
  resolvedEdit,
} from './support/records';
import {
  dpoLine,
  evalsLine,
  ktoLine,
  promptfooLine,
  sftLine,
  trlLine,
} from './support/format-schemas';
import { parseJsonLines, runWriter } from './support/run-writer';

const NOT_GOLD: Record<string, ExclusionReason> = {
  'd05-escalated-wrong': 'escalated',
  'd06-escalated-specialist': 'escalated',
  'd07-pending': 'pending',
  'd08-skipped': 'skipped',
  'd09-disputed': 'disputed',
};

interface FormatCase {
  format: ExportFormat;
  schema: z.ZodType;
  lines: number;
  excluded: Record<string, ExclusionReason>;
}

const CASES: FormatCase[] = [
  {
    format: 'sft',
    schema: sftLine,
    lines: 4,
    excluded: { ...NOT_GOLD, 'd04-rejected': 'not-applicable', 'd11-no-input': 'not-applicable' },
  },
  {
    format: 'trl',
    schema: trlLine,
    lines: 2,
    excluded: {
      ...NOT_GOLD,
      'd01-approved': 'not-applicable',
      'd04-rejected': 'not-applicable',
      'd10-edited-unchanged': 'not-applicable',
      'd11-no-input': 'not-applicable',
    },
  },
  {
    format: 'dpo',
    schema: dpoLine,
    lines: 2,
    excluded: {
      ...NOT_GOLD,
      'd01-approved': 'not-applicable',
      'd04-rejected': 'not-applicable',
      'd10-edited-unchanged': 'not-applicable',
      'd11-no-input': 'not-applicable',
    },
  },
  {
    format: 'kto',
    schema: ktoLine,
    // approved 1, two edits 2 each, reject 1, wrong-draft escalation 1, unchanged edit 1
    lines: 8,
    excluded: {
      'd06-escalated-specialist': 'escalated',
      'd07-pending': 'pending',
      'd08-skipped': 'skipped',
      'd09-disputed': 'disputed',
      'd11-no-input': 'not-applicable',
    },
  },
  {
    format: 'promptfoo',
    schema: promptfooLine,
    lines: 5,
    excluded: { ...NOT_GOLD, 'd04-rejected': 'not-applicable' },
  },
  {
    format: 'evals',
    schema: evalsLine,
    lines: 4,
    excluded: { ...NOT_GOLD, 'd04-rejected': 'not-applicable', 'd11-no-input': 'not-applicable' },
  },
];

function linesOf(format: ExportFormat) {
  return parseJsonLines(runWriter(createFormatWriter(format), ALL_RECORDS).bytes);
}

describe.each(CASES)('$format JSON Lines', ({ format, schema, lines, excluded }) => {
  it('writes lines of the documented shape, one per line, without a BOM', () => {
    const parsed = linesOf(format);
    expect(parsed).toHaveLength(lines);
    for (const line of parsed) {
      expect(schema.safeParse(line).error).toBeUndefined();
    }
  });

  it('leaves out what the format has no line for, saying why', () => {
    const { excluded: actual } = runWriter(createFormatWriter(format), ALL_RECORDS);
    expect(Object.fromEntries(actual)).toEqual(excluded);
  });

  it('keeps Chinese text and emoji as they were', () => {
    const text = JSON.stringify(linesOf(format));
    expect(text).toContain('您的包裹已於昨天出貨，預計明天送達 🚚。');
    expect(text).toContain('客戶來信');
  });

  it('still writes nothing but exclusions when every record is excluded', () => {
    const writer = createFormatWriter(format);
    expect(writer.extension).toBe('jsonl');
    expect(writer.write(ALL_RECORDS[6]!)).toEqual({ excluded: 'pending' });
    expect(writer.finish()).toEqual([]);
  });
});

describe('what the lines say', () => {
  const contextMessage = {
    role: 'system',
    content:
      '## 客戶來信\n\n我想退款，訂單編號 A123。\n\n## Refund policy\nhttps://example.test/p\n\n30 days.',
  };

  it('sft: the context as a system message, the prompt as the user, the final as the answer', () => {
    expect(parseJsonLines(runWriter(createFormatWriter('sft'), [approved]).bytes)).toEqual([
      {
        messages: [
          contextMessage,
          { role: 'user', content: '請回覆客戶關於退款的問題 🙏' },
          { role: 'assistant', content: approved.final },
        ],
      },
    ]);
  });

  it("sft: a draft's own conversation replaces the prompt", () => {
    const [line] = parseJsonLines(runWriter(createFormatWriter('sft'), [editedWithMessages]).bytes);
    expect(line).toEqual({
      messages: [
        contextMessage,
        { role: 'system', content: '你是客服助理。' },
        { role: 'user', content: '我的包裹在哪裡？📦' },
        { role: 'assistant', content: editedWithMessages.final },
      ],
    });
  });

  it('trl: conversational lists when the draft had messages, plain text otherwise', () => {
    const [conversational, plain] = parseJsonLines(
      runWriter(createFormatWriter('trl'), [editedWithMessages, resolvedEdit]).bytes,
    );
    expect(conversational).toMatchObject({
      chosen: [{ role: 'assistant', content: editedWithMessages.final }],
      rejected: [{ role: 'assistant', content: editedWithMessages.original }],
    });
    expect(plain).toEqual({
      prompt: `${contextMessage.content}\n\n${resolvedEdit.prompt}`,
      chosen: resolvedEdit.final,
      rejected: resolvedEdit.original,
    });
  });

  it("dpo: the lead's edit preferred over the draft", () => {
    const [line] = parseJsonLines(runWriter(createFormatWriter('dpo'), [resolvedEdit]).bytes);
    expect(line).toEqual({
      input: {
        messages: [contextMessage, { role: 'user', content: resolvedEdit.prompt }],
      },
      preferred_output: [{ role: 'assistant', content: resolvedEdit.final }],
      non_preferred_output: [{ role: 'assistant', content: resolvedEdit.original }],
    });
  });

  it('kto: approval true, edit final true then draft false, reject and wrong-draft escalation false', () => {
    const lines = parseJsonLines(
      runWriter(createFormatWriter('kto'), [approved, resolvedEdit, rejected, escalatedWrong])
        .bytes,
    ) as { completion: string; label: boolean }[];
    expect(lines.map((line) => [line.completion, line.label])).toEqual([
      [approved.original, true],
      [resolvedEdit.final, true],
      [resolvedEdit.original, false],
      [rejected.original, false],
      [escalatedWrong.original, false],
    ]);
  });

  it('promptfoo: the final as the expected answer, the draft and versions as metadata', () => {
    const [line] = parseJsonLines(
      runWriter(createFormatWriter('promptfoo', { similarityThreshold: 0.9 }), [editedWithMessages])
        .bytes,
    );
    expect(line).toEqual({
      description: 'support-zh/d02-edited',
      vars: {
        prompt: '',
        context: contextMessage.content,
        messages: editedWithMessages.messages,
      },
      assert: [{ type: 'similar', value: editedWithMessages.final, threshold: 0.9 }],
      metadata: {
        draftId: 'd02-edited',
        project: 'support-zh',
        decision: 'edited',
        model: 'gpt-4o',
        modelVersion: '2026-11-01',
        promptVersion: 'v7',
        guidelinesVersion: 3,
      },
    });
  });

  it('evals: the input messages and the final as the one ideal answer', () => {
    const [line] = parseJsonLines(runWriter(createFormatWriter('evals'), [approved]).bytes);
    expect(line).toEqual({
      input: [contextMessage, { role: 'user', content: '請回覆客戶關於退款的問題 🙏' }],
      ideal: [approved.final],
    });
  });
});

describe('DRAFT_WRONG_REASON_IDS', () => {
  it('names escalation reasons a new project really has', () => {
    const defaults = new Set(DEFAULT_ESCALATION_REASONS.map((reason) => reason.id));
    expect([...DRAFT_WRONG_REASON_IDS].filter((id) => !defaults.has(id))).toEqual([]);
    expect([...DRAFT_WRONG_REASON_IDS]).toEqual(['factual-error', 'policy', 'harmful']);
  });
});
