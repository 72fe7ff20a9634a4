/**
 * A lead's routes (SYNC.md §8): publish a project and its settings, publish drafts into it,
 * revise and withdraw drafts. Each writes hub records into the log (hub-records.ts) that every
 * client pulls. Retrying any of them after a lost answer changes nothing: the same content is
 * answered `unchanged` with the record that holds it.
 */
import { draftInputSchema } from '../domain/draft-schema';
import { projectSettingsSchema } from '../domain/project-settings';
import { z } from '../validation/zod';
import { hubProjectSchema, projectNameSchema, wireIdSchema } from './hub-records';
import { MAX_PUBLISH_DRAFTS } from './limits';

export const publishProjectRequestSchema = z.strictObject({
  /** The app's own project id, so its drafts keep their `projectId`; the hub makes one if absent. */
  projectId: wireIdSchema.optional(),
  name: projectNameSchema,
  settings: projectSettingsSchema,
  /** The app's settings version (`Project.guidelinesVersion`), so decisions keep citing it. */
  settingsVersion: z.number().int().positive().optional(),
});
export type PublishProjectRequest = z.infer<typeof publishProjectRequestSchema>;

export const reviseSettingsRequestSchema = z.strictObject({
  /** The settings version the lead edited; a newer one on the hub refuses the change (409). */
  baseVersion: z.number().int().positive(),
  settings: projectSettingsSchema,
  /** A rename travels with the settings (optional). */
  name: projectNameSchema.optional(),
});
export type ReviseSettingsRequest = z.infer<typeof reviseSettingsRequestSchema>;

export const projectAnswerSchema = z.object({
  status: z.enum(['published', 'revised', 'unchanged']),
  /** The record that holds this content. */
  seq: z.number().int().positive(),
  project: hubProjectSchema,
});
export type ProjectAnswer = z.infer<typeof projectAnswerSchema>;

export const publishDraftsRequestSchema = z.strictObject({
  drafts: z.array(draftInputSchema).min(1).max(MAX_PUBLISH_DRAFTS),
});
export type PublishDraftsRequest = z.infer<typeof publishDraftsRequestSchema>;

/**
 * Per draft: `published` (new), `unchanged` (already published with this content), or `exists`
 * (published with other content: revise it instead; nothing was written).
 */
export const draftAnswerSchema = z.object({
  draftId: wireIdSchema,
  status: z.enum(['published', 'revised', 'withdrawn', 'unchanged', 'exists']),
  draftVersion: z.number().int().positive(),
  seq: z.number().int().positive(),
});
export type DraftAnswer = z.infer<typeof draftAnswerSchema>;

export const publishDraftsResponseSchema = z.object({ results: z.array(draftAnswerSchema) });

export const reviseDraftRequestSchema = z.strictObject({
  /** The draft version the lead revised; a newer one on the hub refuses the change (409). */
  baseVersion: z.number().int().positive(),
  draft: draftInputSchema,
});
export type ReviseDraftRequest = z.infer<typeof reviseDraftRequestSchema>;

export const withdrawDraftRequestSchema = z.strictObject({
  reason: z.string().max(2_000).optional(),
});
export type WithdrawDraftRequest = z.infer<typeof withdrawDraftRequestSchema>;

/** One project in `GET /v1/projects`. */
export const projectSummarySchema = hubProjectSchema.extend({
  drafts: z.number().int().nonnegative(),
  withdrawn: z.number().int().nonnegative(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/** The body of every 4xx answer: a code for programs, a message for people. */
export const hubErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  /** For a body or query that failed its schema: each field and why. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type HubError = z.infer<typeof hubErrorSchema>;
