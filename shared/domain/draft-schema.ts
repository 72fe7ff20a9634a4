/**
 * Schemas for drafts as they arrive from outside: an imported file or the bundled demo queue
 * (DESIGN.md, Domain). Everything here is untrusted input, so the schemas check shapes and sizes
 * but never rewrite text: the draft is evidence of what the model wrote and is kept verbatim
 * (no trimming, no Unicode normalisation, no HTML stripping; the renderer neutralises markup).
 */
import { z } from '../validation/zod';
import type { Draft } from './draft';

/** Longest external draft id, in UTF-16 code units. */
export const MAX_DRAFT_ID_LENGTH = 200;
/** Longest draft, context text or message, in UTF-16 code units (about 2 MB of UTF-8 at most). */
export const MAX_TEXT_LENGTH = 1_000_000;

const hasVisibleCharacter = (value: string) => /\S/u.test(value);

const text = z.string().max(MAX_TEXT_LENGTH);
const shortText = z.string().max(2_000);

export const draftContextSchema = z.object({
  /** What the context is: `ticket`, `document`, `retrieved`, `record`... (open list). */
  kind: z.string().min(1).max(64),
  title: shortText,
  text,
  /** Kept as given; links are checked when they are rendered or opened, not here. */
  url: z.string().max(4_096).optional(),
});

export const draftMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: text,
});

export const draftModelSchema = z.object({
  name: z.string().min(1).max(200),
  version: z.string().max(200).optional(),
});

export const judgeSuggestionSchema = z.object({
  verdict: z.string().min(1).max(200),
  score: z.number().finite().optional(),
  rationale: z.string().max(20_000).optional(),
});

/** A reference span of the draft (UTF-16 offsets, end exclusive), e.g. a known error. */
export const goldSpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    label: z.string().max(200).optional(),
  })
  .refine((span) => span.end >= span.start, {
    message: 'end must not be before start',
    path: ['end'],
  });

/** One draft as it arrives from a file or the demo queue: a `Draft` without its `projectId`. */
export const draftInputSchema = z.object({
  id: z.string().min(1).max(MAX_DRAFT_ID_LENGTH),
  prompt: text.optional(),
  context: z.array(draftContextSchema).max(1_000),
  messages: z.array(draftMessageSchema).max(1_000).optional(),
  /** Markdown, kept verbatim; must contain at least one visible character. */
  draft: text.min(1).refine(hasVisibleCharacter, { message: 'draft is blank' }),
  model: draftModelSchema,
  promptVersion: z.string().max(200).optional(),
  metadata: z.record(z.string(), z.unknown()).default({}),
  judge: judgeSuggestionSchema.optional(),
  goldSpans: z.array(goldSpanSchema).max(1_000).optional(),
  priority: z.number().int().default(0),
  createdAt: z.iso.datetime({ offset: true }),
});

/** A parsed draft (defaults applied). */
export type DraftInput = z.infer<typeof draftInputSchema>;
/** A draft as written in a file, before defaults (`metadata`, `priority` may be missing). */
export type DraftInputRaw = z.input<typeof draftInputSchema>;

// A parsed draft plus its project id must be a `Draft` (compile-time check only).
type Assert<T extends true> = T;
type _DraftInputMatchesDraft = Assert<
  DraftInput & { projectId: string } extends Draft ? true : false
>;

/** Text in both UI languages. */
export const localizedTextSchema = z.object({
  en: z.string().min(1).refine(hasVisibleCharacter, { message: 'blank' }),
  'zh-TW': z.string().min(1).refine(hasVisibleCharacter, { message: 'blank' }),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case id (a-z, 0-9, - and _)');

const choiceSchema = z.object({ id: slug, label: localizedTextSchema });

const uniqueIds = (items: readonly { id: string }[]) =>
  new Set(items.map((item) => item.id)).size === items.length;

export const rubricQuestionSchema = z
  .object({
    id: slug,
    kind: z.enum(['single', 'multi', 'rating', 'text']),
    label: localizedTextSchema,
    required: z.boolean(),
    options: z.array(choiceSchema).min(1).max(100).optional(),
    scale: z
      .object({ min: z.number().int(), max: z.number().int() })
      .refine((scale) => scale.max > scale.min, { message: 'max must be above min' })
      .optional(),
  })
  .superRefine((question, ctx) => {
    const choice = question.kind === 'single' || question.kind === 'multi';
    if (choice && !question.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'choice questions need options' });
    }
    if (!choice && question.options) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'only choice questions have options',
      });
    }
    if (question.options && !uniqueIds(question.options)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
    }
    if (question.kind === 'rating' && !question.scale) {
      ctx.addIssue({ code: 'custom', path: ['scale'], message: 'rating questions need a scale' });
    }
    if (question.kind !== 'rating' && question.scale) {
      ctx.addIssue({
        code: 'custom',
        path: ['scale'],
        message: 'only rating questions have a scale',
      });
    }
  });
export type RubricQuestion = z.infer<typeof rubricQuestionSchema>;

export const demoProjectSchema = z.object({
  id: slug,
  name: localizedTextSchema,
  /** Markdown in each language. */
  guidelines: localizedTextSchema,
  escalationReasons: z
    .array(choiceSchema)
    .min(1)
    .refine(uniqueIds, { message: 'escalation reason ids must be unique' }),
  rubric: z.object({
    questions: z
      .array(rubricQuestionSchema)
      .min(1)
      .refine(uniqueIds, { message: 'question ids must be unique' }),
  }),
});
export type DemoProject = z.infer<typeof demoProjectSchema>;

/** The bundled demo queue (resources/demo-queue/demo-queue.json). */
export const demoQueueSchema = z.object({
  formatVersion: z.literal(1),
  project: demoProjectSchema,
  drafts: z.array(draftInputSchema).refine(uniqueIds, { message: 'draft ids must be unique' }),
});
export type DemoQueue = z.infer<typeof demoQueueSchema>;
