/**
 * `GET /v1/audit?after=SEQ&limit=N[&project=ID[&draft=ID]]` (issue 14 point 7): the hub's audit
 * log for leads and admins, paged by `seq` in the style of `GET /v1/sync/pull` (SYNC.md §3) —
 * a JSON page `{rows, nextCursor, hasMore, high}` where `nextCursor` is the `after` of the next
 * page. The log is append-only and `seq` is given in commit order, so a reader that follows
 * `nextCursor` until `hasMore` is false has every decision up to the last page's `high`, each
 * once, whatever was pushed meanwhile.
 */
import { DECISION_KINDS } from '../domain/decision-event';
import { wireIdSchema } from '../sync/hub-records';
import type { HubRole } from '../sync/roles';
import { z } from '../validation/zod';

/** Who may read the audit log on a hub (SYNC.md §8: "stats and audit" are a lead's). */
export const AUDIT_ROLES: readonly HubRole[] = ['lead', 'admin'];

/** Rows per page when the caller names no limit, and the most a page may hold. */
export const DEFAULT_AUDIT_LIMIT = 500;
export const MAX_AUDIT_LIMIT = 1000;

/** Query strings carry text; these accept the digits and nothing else. */
const counting = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const auditQuerySchema = z
  .strictObject({
    after: counting(0, Number.MAX_SAFE_INTEGER).default(0),
    limit: counting(1, MAX_AUDIT_LIMIT).default(DEFAULT_AUDIT_LIMIT),
    project: wireIdSchema.optional(),
    /** A draft id is unique within its project only, so `draft` needs `project`. */
    draft: wireIdSchema.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.draft !== undefined && query.project === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['draft'],
        message: 'needs project=ID too (draft ids are unique within a project only)',
      });
    }
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** One audit row as it travels (shared/audit/audit-row.ts). */
export const auditRowSchema = z.object({
  seq: nullable(z.number().int().positive()),
  eventId: z.string(),
  kind: z.enum(DECISION_KINDS),
  projectId: z.string(),
  draftId: z.string(),
  reviewerId: z.string(),
  reviewerName: nullable(z.string()),
  clientTime: z.string(),
  receivedAt: nullable(z.string()),
  deviceId: z.string(),
  deviceSeq: z.number().int(),
  guidelinesVersion: nullable(z.number().int()),
  modelName: nullable(z.string()),
  modelVersion: nullable(z.string()),
  draftVersion: nullable(z.number().int()),
  verdict: nullable(z.string()),
  reasonId: nullable(z.string()),
  note: nullable(z.string()),
  retracts: nullable(z.string()),
  parents: z.array(z.string()),
});

export const auditPageSchema = z.object({
  rows: z.array(auditRowSchema),
  /** The `after` of the next page: the last row's `seq`, or how far the hub looked. */
  nextCursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** The highest `seq` the hub had committed when it read the page. */
  high: z.number().int().nonnegative(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
