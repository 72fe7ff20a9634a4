/**
 * Zod schemas for decision events: the hub validates pushes with them, imports validate files.
 *
 * Every object is strict (unknown keys are rejected, not stripped): the payload hash covers the
 * payload as sent, so silently dropping a key would store an event whose hash no longer matches —
 * and an app newer than this schema must be told, not half-understood.
 */
import { z } from '../validation/zod';
import type { DecisionKind, DecisionPayloads, TypedDecisionEvent } from '../domain/decision-event';
import { ULID_PATTERN } from '../ids/ulid';
import { PAYLOAD_HASH_PATTERN } from './payload-hash';

/** Upper bound on any free text (final text, notes, comments): far above a real draft. */
const MAX_TEXT = 1_000_000;

const ulidSchema = z.string().regex(ULID_PATTERN, 'must be a ULID');
const idSchema = z.string().min(1).max(200);
const textSchema = z.string().max(MAX_TEXT);

export const labelValueSchema = z.union([
  z.string(),
  z.array(z.string()),
  z.number(), // zod 4 refuses NaN and ±Infinity here, which canonical JSON could not hash
]);

export const labelsSchema = z.record(idSchema, labelValueSchema);

export const approvePayloadSchema = z.strictObject({ labels: labelsSchema.optional() });

export const editPayloadSchema = z.strictObject({
  finalText: textSchema,
  labels: labelsSchema.optional(),
});

export const escalatePayloadSchema = z.strictObject({ reasonId: idSchema, note: textSchema });

export const skipPayloadSchema = z.strictObject({});

export const commentPayloadSchema = z.strictObject({ text: textSchema.min(1) });

export const retractPayloadSchema = z.strictObject({ targetEventId: ulidSchema });

/** `finalText` is the lead's text for an `edit` verdict, and meaningless for the others. */
export const resolvePayloadSchema = z
  .strictObject({
    verdict: z.enum(['approve', 'edit', 'reject']),
    finalText: textSchema.optional(),
    note: textSchema.optional(),
  })
  .refine((payload) => (payload.verdict === 'edit') === (payload.finalText !== undefined), {
    message: 'finalText is required for an edit verdict and not allowed otherwise',
    path: ['finalText'],
  });

/** The payload schema of each kind. */
export const payloadSchemas = {
  approve: approvePayloadSchema,
  edit: editPayloadSchema,
  escalate: escalatePayloadSchema,
  skip: skipPayloadSchema,
  comment: commentPayloadSchema,
  retract: retractPayloadSchema,
  resolve: resolvePayloadSchema,
} as const satisfies { [K in DecisionKind]: z.ZodType<DecisionPayloads[K]> };

/** Fields every event has, whatever its kind. */
const envelope = {
  eventId: ulidSchema,
  draftId: idSchema,
  projectId: idSchema,
  reviewerId: idSchema,
  deviceId: idSchema,
  deviceSeq: z.number().int().nonnegative(),
  parents: z.array(ulidSchema).max(1000),
  payloadHash: z.string().regex(PAYLOAD_HASH_PATTERN, 'must be lower-case hex SHA-256'),
  activeMs: z.number().int().nonnegative(),
  clientTime: z.iso.datetime({ offset: true }),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(100),
  /** Since schema version 2; optional so every older event still validates unchanged. */
  guidelinesVersion: z.number().int().positive().optional(),
  /** Since schema version 3: the hub's version of the draft the reviewer saw (SYNC.md §7). */
  draftVersion: z.number().int().positive().optional(),
};

function eventOf<K extends DecisionKind>(kind: K) {
  return z.strictObject({ ...envelope, kind: z.literal(kind), payload: payloadSchemas[kind] });
}

/** A decision event of any kind, discriminated on `kind`. Does not check the hash (async). */
export const decisionEventSchema = z.discriminatedUnion('kind', [
  eventOf('approve'),
  eventOf('edit'),
  eventOf('escalate'),
  eventOf('skip'),
  eventOf('comment'),
  eventOf('retract'),
  eventOf('resolve'),
]);

// Compile-time guard: what the schema accepts is exactly the domain type, in both directions.
type Parsed = z.infer<typeof decisionEventSchema>;
const _parsedIsDomain = (event: Parsed): TypedDecisionEvent => event;
const _domainIsParsed = (event: TypedDecisionEvent): Parsed => event;
