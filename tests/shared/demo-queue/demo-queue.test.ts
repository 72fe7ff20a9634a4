import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  MAX_DRAFT_ID_LENGTH,
  demoQueueSchema,
  draftInputSchema,
  type DemoQueue,
  type DraftInput,
  type LocalizedText,
} from '../../../shared/domain/draft-schema';

const resource = (name: string): unknown =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../../resources/demo-queue/${name}`, import.meta.url)),
      'utf8',
    ),
  ) as unknown;

const answerKeySchema = z.object({
  formatVersion: z.literal(1),
  about: z.string(),
  faults: z.array(
    z.strictObject({
      draftId: z.string().min(1),
      fault: z.enum(['number-or-date', 'unsupported-claim', 'policy', 'tone']),
      note: z.string().min(10),
      draftQuote: z.string().min(1),
      sourceQuote: z.string().min(1).optional(),
    }),
  ),
});

const rawQueue = resource('demo-queue.json');
const queue: DemoQueue = demoQueueSchema.parse(rawQueue);
const answerKey = answerKeySchema.parse(resource('answer-key.json'));
const drafts: DraftInput[] = queue.drafts;
const byId = new Map(drafts.map((draft) => [draft.id, draft]));

const han = /\p{Script=Han}/u;
const isChinese = (draft: DraftInput) => han.test(draft.draft);
/** Everything the draft was written from: prompt, context (titles and text) and messages. */
const sourceOf = (draft: DraftInput) =>
  [
    draft.prompt ?? '',
    ...draft.context.flatMap((item) => [item.title, item.text]),
    ...(draft.messages ?? []).map((message) => message.content),
  ].join('\n');

describe('demo queue (resources/demo-queue/demo-queue.json)', () => {
  it('parses with demoQueueSchema without dropping any field', () => {
    const raw = (rawQueue as { drafts: Record<string, unknown>[] }).drafts;
    expect(raw).toHaveLength(drafts.length);
    raw.forEach((row, index) => {
      // Nothing stripped as unknown, nothing rewritten: parsed = raw + defaults.
      expect(drafts[index]).toEqual({ metadata: {}, priority: 0, ...row });
    });
  });

  it('has at least 40 drafts with unique ids', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(40);
    expect(byId.size).toBe(drafts.length);
  });

  it('is between 40% and 60% Chinese (drafts with Han characters)', () => {
    const share = drafts.filter(isChinese).length / drafts.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('covers tickets, documents, retrieved passages and conversations', () => {
    const has = (kind: string) => drafts.filter((d) => d.context.some((c) => c.kind === kind));
    expect(has('ticket').length).toBeGreaterThanOrEqual(4);
    expect(has('document').length).toBeGreaterThanOrEqual(4);
    expect(has('retrieved').length).toBeGreaterThanOrEqual(4);
    expect(drafts.filter((d) => (d.messages?.length ?? 0) >= 2).length).toBeGreaterThanOrEqual(4);
    for (const draft of has('retrieved')) {
      const retrieved = draft.context.filter((c) => c.kind === 'retrieved');
      expect(retrieved.length, draft.id).toBeGreaterThanOrEqual(2);
      expect(retrieved.length, draft.id).toBeLessThanOrEqual(4);
    }
  });

  it('links only to reserved example domains in context', () => {
    for (const draft of drafts) {
      for (const item of draft.context) {
        if (item.url !== undefined) {
          const host = new URL(item.url).hostname;
          expect(item.url.startsWith('https://'), item.url).toBe(true);
          expect(host, item.url).toMatch(/(^|\.)example\.(com|org|net|gov|tw)$/);
        }
      }
    }
  });

  it('keeps drafts reasonably short and realistic', () => {
    for (const draft of drafts) {
      if (isChinese(draft)) {
        expect([...draft.draft].length, draft.id).toBeGreaterThanOrEqual(80);
        expect([...draft.draft].length, draft.id).toBeLessThanOrEqual(500);
      } else {
        const words = draft.draft.split(/\s+/).filter(Boolean).length;
        expect(words, draft.id).toBeGreaterThanOrEqual(40);
        expect(words, draft.id).toBeLessThanOrEqual(250);
      }
      expect(draft.model.version, draft.id).toBeTruthy();
      expect(draft.promptVersion, draft.id).toBeTruthy();
      expect(draft.priority, draft.id).toBeGreaterThanOrEqual(0);
      expect(draft.priority, draft.id).toBeLessThanOrEqual(3);
      if (draft.judge?.score !== undefined) {
        expect(draft.judge.score, draft.id).toBeGreaterThanOrEqual(0);
        expect(draft.judge.score, draft.id).toBeLessThanOrEqual(1);
      }
    }
    expect(new Set(drafts.map((d) => `${d.model.name}@${d.model.version}`)).size).toBeGreaterThan(
      2,
    );
    expect(drafts.some((d) => d.judge)).toBe(true);
    expect(drafts.some((d) => Object.keys(d.metadata).length > 0)).toBe(true);
  });

  it('contains at least two hostile drafts (raw HTML or javascript: links)', () => {
    const hostile = drafts.filter(
      (d) => /<\s*(script|img|iframe)\b/i.test(d.draft) || /\]\(\s*javascript:/i.test(d.draft),
    );
    expect(hostile.length).toBeGreaterThanOrEqual(2);
    expect(drafts.some((d) => /<script\b/i.test(d.draft))).toBe(true);
    expect(drafts.some((d) => /\bonerror\s*=/i.test(d.draft))).toBe(true);
    expect(drafts.some((d) => /\]\(\s*javascript:/i.test(d.draft))).toBe(true);
  });

  it('has both languages, non-empty, for every project label', () => {
    const { project } = queue;
    const labels: LocalizedText[] = [
      project.name,
      project.guidelines,
      ...project.escalationReasons.map((reason) => reason.label),
      ...project.rubric.questions.flatMap((q) => [
        q.label,
        ...(q.options ?? []).map((option) => option.label),
      ]),
    ];
    for (const label of labels) {
      expect(label.en.trim()).not.toBe('');
      expect(label['zh-TW'].trim()).not.toBe('');
      expect(han.test(label['zh-TW']), label.en).toBe(true);
    }
    expect(project.escalationReasons.length).toBeGreaterThanOrEqual(4);
  });

  it('has the default error taxonomy, a required 1-5 rating and an optional note', () => {
    const questions = queue.project.rubric.questions;
    const taxonomy = questions.find((q) => q.kind === 'multi');
    expect(taxonomy?.required).toBe(false);
    expect(taxonomy?.options?.map((o) => o.id)).toEqual([
      'factual',
      'omission',
      'tone',
      'format',
      'policy',
      'harmful',
    ]);
    const rating = questions.find((q) => q.kind === 'rating');
    expect(rating).toMatchObject({ required: true, scale: { min: 1, max: 5 } });
    expect(questions.find((q) => q.kind === 'text')?.required).toBe(false);
  });
});

describe('answer key (resources/demo-queue/answer-key.json)', () => {
  it('lists at least a third of the drafts, each once, all existing', () => {
    const ids = answerKey.faults.map((f) => f.draftId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length * 3).toBeGreaterThanOrEqual(drafts.length);
    for (const id of ids) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('uses all four fault kinds, in both languages', () => {
    const kinds = new Set(answerKey.faults.map((f) => f.fault));
    expect([...kinds].sort()).toEqual(['number-or-date', 'policy', 'tone', 'unsupported-claim']);
    const faulty = answerKey.faults.map((f) => byId.get(f.draftId)!);
    expect(faulty.some(isChinese)).toBe(true);
    expect(faulty.some((d) => !isChinese(d))).toBe(true);
  });

  it('quotes every fault verbatim from its draft', () => {
    for (const fault of answerKey.faults) {
      expect(byId.get(fault.draftId)?.draft, fault.draftId).toContain(fault.draftQuote);
    }
  });

  it('quotes the contradicted source for number-or-date faults, absent from the draft', () => {
    for (const fault of answerKey.faults) {
      const draft = byId.get(fault.draftId)!;
      if (fault.fault === 'number-or-date') {
        expect(fault.sourceQuote, fault.draftId).toBeDefined();
      }
      if (fault.sourceQuote !== undefined) {
        expect(sourceOf(draft), fault.draftId).toContain(fault.sourceQuote);
        expect(draft.draft, fault.draftId).not.toContain(fault.sourceQuote);
      }
    }
  });

  it('lists every hostile draft', () => {
    const listed = new Set(answerKey.faults.map((f) => f.draftId));
    for (const draft of drafts) {
      if (/<\s*(script|img)\b|javascript:/i.test(draft.draft)) {
        expect(listed.has(draft.id), draft.id).toBe(true);
      }
    }
  });
});

describe('draftInputSchema on hostile rows', () => {
  const valid = {
    id: 'row-1',
    context: [{ kind: 'ticket', title: 'Ticket', text: 'My order is late.' }],
    draft: 'Sorry for the delay.',
    model: { name: 'gpt-4.1' },
    createdAt: '2026-11-20T10:00:00Z',
  };

  it('accepts a minimal row and fills in defaults', () => {
    const parsed = draftInputSchema.parse(valid);
    expect(parsed.metadata).toEqual({});
    expect(parsed.priority).toBe(0);
    expect(parsed.judge).toBeUndefined();
  });

  it('accepts offsets in createdAt, optional fields and gold spans', () => {
    const parsed = draftInputSchema.parse({
      ...valid,
      prompt: 'Reply to the ticket.',
      messages: [{ role: 'user', content: 'Hi' }],
      promptVersion: 'support-v3',
      metadata: { channel: 'email', nested: { a: [1, 2] } },
      judge: { verdict: 'pass', score: 0.5, rationale: 'fine' },
      goldSpans: [{ start: 0, end: 5, label: 'tone' }],
      priority: 3,
      createdAt: '2026-11-20T18:00:00+08:00',
    });
    expect(parsed.goldSpans).toEqual([{ start: 0, end: 5, label: 'tone' }]);
  });

  it.each([
    ['missing draft', { ...valid, draft: undefined }],
    ['empty draft', { ...valid, draft: '' }],
    ['blank draft', { ...valid, draft: ' \n\t ' }],
    ['draft as a number', { ...valid, draft: 42 }],
    ['draft as an object', { ...valid, draft: { text: 'hi' } }],
    ['missing id', { ...valid, id: undefined }],
    ['empty id', { ...valid, id: '' }],
    ['numeric id', { ...valid, id: 7 }],
    ['id too long', { ...valid, id: 'x'.repeat(MAX_DRAFT_ID_LENGTH + 1) }],
    ['context not an array', { ...valid, context: 'ticket text' }],
    ['context item without text', { ...valid, context: [{ kind: 'ticket', title: 't' }] }],
    ['context item with empty kind', { ...valid, context: [{ kind: '', title: 't', text: 'x' }] }],
    ['unknown message role', { ...valid, messages: [{ role: 'admin', content: 'x' }] }],
    ['model as a string', { ...valid, model: 'gpt-4.1' }],
    ['model without a name', { ...valid, model: { version: '1' } }],
    ['metadata as an array', { ...valid, metadata: ['a'] }],
    ['metadata as null', { ...valid, metadata: null }],
    ['priority as a string', { ...valid, priority: '1' }],
    ['fractional priority', { ...valid, priority: 1.5 }],
    ['infinite judge score', { ...valid, judge: { verdict: 'pass', score: Infinity } }],
    ['judge without a verdict', { ...valid, judge: { score: 0.3 } }],
    ['gold span ending before it starts', { ...valid, goldSpans: [{ start: 5, end: 2 }] }],
    ['negative gold span', { ...valid, goldSpans: [{ start: -1, end: 2 }] }],
    ['date without time', { ...valid, createdAt: '2026-11-20' }],
    ['not a date', { ...valid, createdAt: 'yesterday' }],
    ['date as a number', { ...valid, createdAt: 1763632800000 }],
    ['null row', null],
    ['array row', [valid]],
  ])('rejects %s', (_name, row) => {
    expect(draftInputSchema.safeParse(row).success).toBe(false);
  });

  it('accepts an id of exactly the maximum length', () => {
    const id = 'x'.repeat(MAX_DRAFT_ID_LENGTH);
    expect(draftInputSchema.parse({ ...valid, id }).id).toBe(id);
  });

  it('keeps draft text verbatim: spaces, zero-width characters, CRLF, markup', () => {
    const texts = [
      '  leading and trailing spaces  ',
      '\u200b\u200bzero\u200cwidth\u200d joiners\ufeff',
      '\r\n第一行\r\n第二行 \r\n',
      'Cafe\u0301 vs Café', // decomposed and precomposed: not normalised
      '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
      '\u202eevil\u202c right-to-left override',
    ];
    for (const text of texts) {
      const parsed = draftInputSchema.parse({
        ...valid,
        draft: text,
        context: [{ kind: 'ticket', title: ` ${text}`, text }],
        prompt: text,
      });
      expect(parsed.draft).toBe(text);
      expect(parsed.prompt).toBe(text);
      expect(parsed.context[0]?.text).toBe(text);
      expect(parsed.context[0]?.title).toBe(` ${text}`);
    }
  });

  it('drops unknown keys instead of failing, and never lets them reach the draft', () => {
    const parsed = draftInputSchema.parse({ ...valid, __proto__extra: 1, projectId: 'other' });
    expect(parsed).not.toHaveProperty('__proto__extra');
    expect(parsed).not.toHaveProperty('projectId');
  });
});

describe('demoQueueSchema on broken queues', () => {
  const good = rawQueue as DemoQueue;

  it('rejects duplicate draft ids', () => {
    const first = good.drafts[0]!;
    const result = demoQueueSchema.safeParse({ ...good, drafts: [first, { ...first }] });
    expect(result.success).toBe(false);
  });

  it('rejects a label missing its zh-TW text', () => {
    const project = { ...good.project, name: { en: 'Loupe demo', 'zh-TW': '  ' } };
    expect(demoQueueSchema.safeParse({ ...good, project }).success).toBe(false);
  });

  it('rejects a choice question without options and a rating without a scale', () => {
    const questions = [
      { id: 'q1', kind: 'multi', label: { en: 'a', 'zh-TW': '甲' }, required: false },
      { id: 'q2', kind: 'rating', label: { en: 'b', 'zh-TW': '乙' }, required: true },
    ];
    for (const question of questions) {
      const project = { ...good.project, rubric: { questions: [question] } };
      expect(demoQueueSchema.safeParse({ ...good, project }).success).toBe(false);
    }
  });

  it('rejects another format version', () => {
    expect(demoQueueSchema.safeParse({ ...good, formatVersion: 2 }).success).toBe(false);
  });
});
