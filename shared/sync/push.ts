/**
 * `POST /v1/sync/push` (SYNC.md §2): a device's events in `deviceSeq` order, answered per event
 * in one transaction. The envelope is checked as a whole (a bad one is a 4xx); each event on its
 * own, so one bad event is `rejected` with its reason and never blocks those behind it.
 */
import { z } from '../validation/zod';
import { hubIdentitySchema } from './hub-identity';
import { MAX_PUSH_EVENTS } from './limits';

export const deviceIdSchema = z.string().min(1).max(200);

export const pushRequestSchema = z.strictObject({
  deviceId: deviceIdSchema,
  /** Checked one by one with the decision-event schema, so a bad event is only rejected. */
  events: z.array(z.unknown()).min(1).max(MAX_PUSH_EVENTS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * Why the hub refused an event. The client keeps the event with the reason and shows it; it
 * never retries a rejection by itself, since the same event would be refused again.
 */
export type RejectionReason =
  /** Not a decision event of this schema (the detail names the field and why). */
  | 'invalid_event'
  /** `payloadHash` is not the SHA-256 of the payload's canonical JSON. */
  | 'hash_mismatch'
  /** The hub holds another event under this `eventId`. */
  | 'id_conflict'
  /** The hub holds another event of this device under this `deviceSeq`. */
  | 'device_seq_conflict'
  /** The event names another device than the request. */
  | 'wrong_device'
  /** The event names another reviewer than the token's user. */
  | 'wrong_reviewer'
  /** The token's role may not make this decision (a `resolve` needs a lead). */
  | 'role_forbidden'
  /** No project with this id was published on the hub. */
  | 'unknown_project'
  /** No draft with this id was published in the project. */
  | 'unknown_draft'
  /** A retract of a decision someone else made. */
  | 'retract_not_own';

export const REJECTION_REASONS: readonly RejectionReason[] = [
  'invalid_event',
  'hash_mismatch',
  'id_conflict',
  'device_seq_conflict',
  'wrong_device',
  'wrong_reviewer',
  'role_forbidden',
  'unknown_project',
  'unknown_draft',
  'retract_not_own',
];

const resultBase = {
  /** Position of the event in the request. */
  index: z.number().int().nonnegative(),
  /** The event's id, or null when it had none that could be read. */
  eventId: z.string().nullable(),
};

export const pushResultSchema = z.discriminatedUnion('status', [
  z.object({ ...resultBase, status: z.literal('accepted'), seq: z.number().int().positive() }),
  /** Already held with the same content: the normal outcome of a lost response. */
  z.object({ ...resultBase, status: z.literal('duplicate'), seq: z.number().int().positive() }),
  z.object({
    ...resultBase,
    status: z.literal('rejected'),
    reason: z.enum(REJECTION_REASONS as [RejectionReason, ...RejectionReason[]]),
    /** For people: which field and why, never text of the draft. */
    detail: z.string().optional(),
  }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = hubIdentitySchema.extend({
  /** One per event, in request order. */
  results: z.array(pushResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;
