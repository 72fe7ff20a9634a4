/**
 * The checks of a pushed event that need no database (SYNC.md §2, §8), done before the write
 * transaction opens: the payload hash is async (crypto.subtle), and nothing slow may run while
 * the counter lock is held. The schema, the device and the reviewer named in the event, the
 * role's right to the kind, and the hash.
 */
import type { DecisionEvent } from '../../shared/domain/decision-event';
import { decisionEventSchema } from '../../shared/review/decision-event-schema';
import { hasValidPayloadHash } from '../../shared/review/payload-hash';
import type { PushResult, RejectionReason } from '../../shared/sync/push';
import { mayDecide, type HubRole } from '../../shared/sync/roles';

export interface Pusher {
  userId: string;
  role: HubRole;
  deviceId: string;
}

export type CheckedEvent =
  | { index: number; ok: true; event: DecisionEvent; raw: Record<string, unknown> }
  | {
      index: number;
      ok: false;
      rejected: Extract<PushResult, { status: 'rejected' }>;
      /** Set when the rejection answers one of this device's `deviceSeq`s (watermark.ts). */
      deviceSeq: number | null;
    };

const MAX_DETAIL = 300;

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/** The first schema problem, as `path: message` (zod's messages never quote the text). */
function describeIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (issue === undefined) {
    return 'not a decision event';
  }
  const path = issue.path.map(String).join('.');
  return `${path === '' ? 'event' : path}: ${issue.message}`.slice(0, MAX_DETAIL);
}

export async function checkEvents(
  raws: readonly unknown[],
  pusher: Pusher,
): Promise<CheckedEvent[]> {
  return Promise.all(raws.map((raw, index) => checkEvent(raw, index, pusher)));
}

async function checkEvent(raw: unknown, index: number, pusher: Pusher): Promise<CheckedEvent> {
  const record = asRecord(raw);
  const eventId = typeof record?.eventId === 'string' ? record.eventId.slice(0, 200) : null;
  const seq = record?.deviceSeq;
  // A rejection answers this device's deviceSeq only if the event says it is this device's.
  const ownSeq =
    record?.deviceId === pusher.deviceId && Number.isSafeInteger(seq) && (seq as number) > 0
      ? (seq as number)
      : null;
  const reject = (reason: RejectionReason, detail?: string, deviceSeq = ownSeq): CheckedEvent => ({
    index,
    ok: false,
    rejected: {
      index,
      eventId,
      status: 'rejected',
      reason,
      ...(detail === undefined ? {} : { detail }),
    },
    deviceSeq,
  });

  const parsed = decisionEventSchema.safeParse(raw);
  if (!parsed.success || record === null) {
    return reject('invalid_event', parsed.success ? 'not an object' : describeIssue(parsed.error));
  }
  const event = parsed.data as DecisionEvent;
  if (event.deviceId !== pusher.deviceId) {
    return reject('wrong_device', 'the event names another device than the request', null);
  }
  if (event.reviewerId !== pusher.userId) {
    return reject('wrong_reviewer', "the event names another reviewer than the token's user");
  }
  if (!mayDecide(pusher.role, event.kind)) {
    return reject('role_forbidden', `a ${pusher.role} may not push a ${event.kind}`);
  }
  if (!(await hasValidPayloadHash(event))) {
    return reject(
      'hash_mismatch',
      "payloadHash is not the SHA-256 of the payload's canonical JSON",
    );
  }
  return { index, ok: true, event, raw: record };
}
