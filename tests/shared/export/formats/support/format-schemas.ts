/**
 * Each JSON Lines format's documented shape (EXPORTS.md §2 and the tools that read them), as
 * strict zod schemas: a key too many or too few fails, as it would in the reading tool.
 */
import { z } from '../../../../../shared/validation/zod';

const message = z.strictObject({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.string(),
});
const assistantTurn = z.tuple([
  z.strictObject({ role: z.literal('assistant'), content: z.string() }),
]);
const promptList = z.array(message).min(1);

/** OpenAI chat fine-tuning / TRL conversational SFT. */
export const sftLine = z
  .strictObject({ messages: z.array(message).min(2) })
  .refine((line) => line.messages.at(-1)?.role === 'assistant', 'ends with the answer');

/** TRL preference pairs: standard or conversational, never mixed within a line. */
export const trlLine = z.union([
  z.strictObject({ prompt: z.string().min(1), chosen: z.string(), rejected: z.string() }),
  z.strictObject({ prompt: promptList, chosen: assistantTurn, rejected: assistantTurn }),
]);

/** OpenAI DPO fine-tuning. */
export const dpoLine = z.strictObject({
  input: z.strictObject({ messages: promptList }),
  preferred_output: assistantTurn,
  non_preferred_output: assistantTurn,
});

/** TRL KTO (unpaired preference). */
export const ktoLine = z.union([
  z.strictObject({ prompt: z.string().min(1), completion: z.string(), label: z.boolean() }),
  z.strictObject({ prompt: promptList, completion: assistantTurn, label: z.boolean() }),
]);

/** A promptfoo test case. */
export const promptfooLine = z.strictObject({
  description: z.string().min(1),
  vars: z.strictObject({
    prompt: z.string(),
    context: z.string(),
    messages: z.array(message).optional(),
  }),
  assert: z
    .array(
      z.strictObject({
        type: z.literal('similar'),
        value: z.string(),
        threshold: z.number().min(0).max(1),
      }),
    )
    .min(1),
  metadata: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** An OpenAI Evals sample. */
export const evalsLine = z.strictObject({
  input: promptList,
  ideal: z.array(z.string()).length(1),
});

/** The full `loupe` record as written (no `split`). */
export const loupeLine = z.strictObject({
  id: z.string(),
  project: z.string(),
  prompt: z.string().optional(),
  messages: z.array(message).optional(),
  context: z.array(
    z.strictObject({
      kind: z.string(),
      title: z.string(),
      text: z.string(),
      url: z.string().optional(),
    }),
  ),
  original: z.string(),
  final: z.string(),
  decision: z.enum([
    'approved',
    'edited',
    'rejected',
    'escalated',
    'disputed',
    'pending',
    'skipped',
  ]),
  resolvedBy: z.string().optional(),
  labels: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number()])),
  rating: z.number().optional(),
  reasons: z.array(z.string()),
  reviewers: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      decision: z.string(),
      at: z.string(),
      activeMs: z.number(),
    }),
  ),
  model: z.strictObject({ name: z.string(), version: z.string().optional() }),
  promptVersion: z.string().optional(),
  guidelinesVersion: z.number().int().optional(),
  metrics: z
    .strictObject({
      editChars: z.number().int(),
      editRate: z.number(),
      normEdit: z.number(),
      wordEditRate: z.number().optional(),
      changed: z.boolean(),
    })
    .optional(),
  metadata: z.record(z.string(), z.unknown()),
  events: z.array(z.object({ eventId: z.string(), kind: z.string() })),
  gold: z.boolean(),
});
