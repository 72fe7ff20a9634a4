/**
 * A project's review settings: the guidelines, the escalation reasons and the rubric, edited
 * together and saved as one new version (`Project.guidelinesVersion`). The schema is stricter
 * than the demo-queue schema it must stay compatible with (draft-schema.ts): labels and lists
 * have length limits, and every refusal carries a problem code the editor can name in both
 * languages (project-settings-check.ts turns zod's issues into those codes).
 */
import { z } from '../validation/zod';
import { guidelinesSchema, type Guidelines } from './guidelines';
import type { EscalationReason, Project, Rubric } from './project';

export { MAX_GUIDELINES_LENGTH } from './guidelines';
/** Longest label of a question, choice or reason, in characters (code points). */
export const MAX_LABEL_LENGTH = 200;
/** Longest id of a question, choice or reason (ids are keys in decisions and exports). */
export const MAX_SETTINGS_ID_LENGTH = 64;
export const MAX_ESCALATION_REASONS = 50;
export const MAX_RUBRIC_QUESTIONS = 50;
/** Same bound as the rubric schema of draft-schema.ts. */
export const MAX_CHOICES = 100;
/** A rating shows one button per value: 0–10 is the widest scale that still fits a row. */
export const MAX_RATING_SPAN = 10;
/** Rating values stay small integers: they are shown, exported and averaged. */
export const RATING_LIMIT = 1_000;

/** Why a field of the settings was refused; the editor has a message for each. */
export type SettingsProblemCode =
  | 'blank'
  | 'tooLong'
  | 'tooMany'
  | 'duplicateId'
  | 'badId'
  | 'needsChoices'
  | 'badScale'
  | 'invalid';

/** The custom codes this module writes as zod issue messages. */
export const SETTINGS_PROBLEM_CODES: readonly SettingsProblemCode[] = [
  'blank',
  'tooLong',
  'tooMany',
  'duplicateId',
  'badId',
  'needsChoices',
  'badScale',
  'invalid',
];

const hasVisibleCharacter = (value: string) => /\S/u.test(value);

const label = z
  .string()
  .refine(hasVisibleCharacter, { message: 'blank' })
  .refine((value) => [...value].length <= MAX_LABEL_LENGTH, { message: 'tooLong' });

/** The same id rule as draft-schema.ts (lower-case slug), with our problem codes. */
const id = z
  .string()
  .min(1, 'blank')
  .max(MAX_SETTINGS_ID_LENGTH, 'tooLong')
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'badId');

const localizedLabel = z.object({ en: label, 'zh-TW': label });

const choice = z.object({ id, label: localizedLabel });

/** Reports the second (and later) item of each repeated id, at that item's `id` field. */
function refuseRepeatedIds(items: readonly { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', message: 'duplicateId', path: [index, 'id'] });
    }
    seen.add(item.id);
  });
}

const ratingValue = z.number().int().min(-RATING_LIMIT).max(RATING_LIMIT);

const question = z
  .object({
    id,
    kind: z.enum(['single', 'multi', 'rating', 'text']),
    label: localizedLabel,
    required: z.boolean(),
    options: z.array(choice).max(MAX_CHOICES, 'tooMany').superRefine(refuseRepeatedIds).optional(),
    scale: z.object({ min: ratingValue, max: ratingValue }).optional(),
  })
  .superRefine((value, ctx) => {
    const hasChoices = value.kind === 'single' || value.kind === 'multi';
    if (hasChoices && (value.options === undefined || value.options.length === 0)) {
      ctx.addIssue({ code: 'custom', message: 'needsChoices', path: ['options'] });
    }
    if (!hasChoices && value.options !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'invalid', path: ['options'] });
    }
    if (value.kind === 'rating') {
      const { scale } = value;
      if (
        scale === undefined ||
        scale.max <= scale.min ||
        scale.max - scale.min > MAX_RATING_SPAN
      ) {
        ctx.addIssue({ code: 'custom', message: 'badScale', path: ['scale'] });
      }
    } else if (value.scale !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'invalid', path: ['scale'] });
    }
  });

/** What the settings editor saves; parsing keeps only these fields. */
export const projectSettingsSchema = z.object({
  /** Both languages, or one plain string from an older app or hub record (guidelines.ts). */
  guidelines: guidelinesSchema,
  escalationReasons: z
    .array(choice)
    .max(MAX_ESCALATION_REASONS, 'tooMany')
    .superRefine(refuseRepeatedIds),
  rubric: z.object({
    questions: z
      .array(question)
      .max(MAX_RUBRIC_QUESTIONS, 'tooMany')
      .superRefine(refuseRepeatedIds),
  }),
});

/** A project's review settings, as saved. */
export interface ProjectSettings {
  guidelines: Guidelines;
  escalationReasons: EscalationReason[];
  rubric: Rubric;
}

// What the schema produces must be storable on a project (compile-time check only).
type Assert<T extends true> = T;
type _ParsedSettingsFitProject = Assert<
  z.infer<typeof projectSettingsSchema> extends ProjectSettings ? true : false
>;

/** The settings in force on `project` (projects stored before the rubric existed have none). */
export function settingsOf(project: Project): ProjectSettings {
  return {
    guidelines: project.guidelines,
    escalationReasons: project.escalationReasons ?? [],
    rubric: project.rubric ?? { questions: [] },
  };
}
