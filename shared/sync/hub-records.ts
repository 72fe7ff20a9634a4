/**
 * The records of the hub's log as a client pulls them (SYNC.md §1, §3): reviewers' and leads'
 * decision events, and the records the hub itself writes when a lead publishes. Every record is
 * immutable and carries the `seq` the hub gave it; a client applies them by `recordId`, so a
 * page applied twice changes nothing.
 */
import { draftInputSchema } from '../domain/draft-schema';
import { checkProjectName } from '../domain/project-name';
import { projectSettingsSchema } from '../domain/project-settings';
import { decisionEventSchema } from '../review/decision-event-schema';
import { z } from '../validation/zod';

/** Kinds of record the hub writes (decisions are written by reviewers and leads). */
export type HubRecordKind =
  | 'project.published'
  | 'project.settings'
  | 'draft.published'
  | 'draft.revised'
  | 'draft.withdrawn';

/** Every kind of record in the log: `decision` or one the hub writes. */
export type LogRecordKind = 'decision' | HubRecordKind;

export const HUB_RECORD_KINDS: readonly HubRecordKind[] = [
  'project.published',
  'project.settings',
  'draft.published',
  'draft.revised',
  'draft.withdrawn',
];

/** Ids of projects and drafts on the wire: as in the local store (1–200 characters). */
export const wireIdSchema = z
  .string()
  .min(1)
  .max(200)
  // A path segment of `.` or `..` is read as a dot segment by every URL parser, even escaped:
  // a project or draft so named could never be addressed on the hub's routes.
  .refine((id) => id !== '.' && id !== '..', { message: 'must not be . or ..' });

/** A project name as the app accepts it (something visible, at most 120 characters). */
export const projectNameSchema = z.string().superRefine((name, ctx) => {
  const checked = checkProjectName(name);
  if (!checked.ok) {
    ctx.addIssue({
      code: 'custom',
      message: checked.problem === 'empty' ? 'the name is blank' : 'the name is too long',
    });
  }
});

/** A project as a client receives it: its name and the settings version in force. */
export const hubProjectSchema = z.object({
  projectId: wireIdSchema,
  name: projectNameSchema,
  /** Same meaning as `Project.guidelinesVersion`: guidelines, rubric and reasons together. */
  settingsVersion: z.number().int().positive(),
  settings: projectSettingsSchema,
});
export type HubProject = z.infer<typeof hubProjectSchema>;

const envelope = {
  seq: z.number().int().positive(),
  recordId: z.string().min(1).max(200),
  projectId: wireIdSchema,
  /** The user (from the token) whose request wrote the record. */
  userId: z.string().min(1).max(200),
  /** When the hub committed it (ISO 8601). */
  receivedAt: z.iso.datetime({ offset: true }),
};

export const decisionRecordSchema = z.object({
  ...envelope,
  kind: z.literal('decision'),
  draftId: wireIdSchema,
  event: decisionEventSchema,
});

export const projectPublishedRecordSchema = z.object({
  ...envelope,
  kind: z.literal('project.published'),
  draftId: z.null(),
  project: hubProjectSchema,
});

export const projectSettingsRecordSchema = z.object({
  ...envelope,
  kind: z.literal('project.settings'),
  draftId: z.null(),
  /** The project's name from this version on (a rename travels with the settings). */
  name: projectNameSchema,
  settingsVersion: z.number().int().positive(),
  settings: projectSettingsSchema,
});

const draftContent = {
  draftId: wireIdSchema,
  /** 1 when published, one more on each revision. */
  draftVersion: z.number().int().positive(),
  draft: draftInputSchema,
};

export const draftPublishedRecordSchema = z.object({
  ...envelope,
  kind: z.literal('draft.published'),
  ...draftContent,
});

export const draftRevisedRecordSchema = z.object({
  ...envelope,
  kind: z.literal('draft.revised'),
  ...draftContent,
});

export const draftWithdrawnRecordSchema = z.object({
  ...envelope,
  kind: z.literal('draft.withdrawn'),
  draftId: wireIdSchema,
  /** The version withdrawn (its decisions are kept). */
  draftVersion: z.number().int().positive(),
  reason: z.string().max(2_000).optional(),
});

/** Any record of the log, as pulled. */
export const logRecordSchema = z.discriminatedUnion('kind', [
  decisionRecordSchema,
  projectPublishedRecordSchema,
  projectSettingsRecordSchema,
  draftPublishedRecordSchema,
  draftRevisedRecordSchema,
  draftWithdrawnRecordSchema,
]);
export type LogRecord = z.infer<typeof logRecordSchema>;
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;
