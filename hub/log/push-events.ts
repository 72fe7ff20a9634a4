/**
 * `POST /v1/sync/push`, inside its one write transaction (SYNC.md §2). Per event, in request
 * order: a held id with the same content is a `duplicate` with its `seq` (the normal outcome
 * of a lost response); a held id with other content is an `id_conflict`; an event of an
 * unknown project or draft, or a retract of someone else's decision, is rejected; the rest are
 * appended with the next `seq`s. One rejection never blocks the events behind it, and the
 * answer leaves only after the commit.
 */
import type { DecisionEvent } from '../../shared/domain/decision-event';
import { isKind } from '../../shared/domain/decision-event';
import type { PushResult, RejectionReason } from '../../shared/sync/push';
import {
  deviceById,
  insertRejections,
  recordsAtDeviceSeqs,
  updateWatermark,
} from '../storage/queries/devices';
import { logByRecordIds } from '../storage/queries/log';
import { draftsByIds, projectById } from '../storage/queries/projections';
import type { LogRow } from '../storage/rows';
import type { SqlExecutor } from '../storage/sql';
import { appendToLog, type NewRecord } from './append';
import type { CheckedEvent, Pusher } from './check-events';
import { HubRequestError } from './request-error';
import { advanceWatermark } from './watermark';

export interface PushOutcome {
  results: PushResult[];
  watermark: number;
  accepted: number;
}

/** What identifies an event beyond its id: a retry carries the same, a conflict does not. */
interface HeldEvent {
  seq: number;
  payloadHash: string | null;
  kind: string;
  draftId: string | null;
  deviceId: string | null;
  deviceSeq: number | null;
  userId: string;
}

const heldFromRow = (row: LogRow): HeldEvent => ({
  seq: row.seq,
  payloadHash: row.payload_hash,
  kind:
    row.kind === 'decision'
      ? (JSON.parse(row.body) as { event: DecisionEvent }).event.kind
      : row.kind,
  draftId: row.draft_id,
  deviceId: row.device_id,
  deviceSeq: row.device_seq,
  userId: row.user_id,
});

const sameEvent = (held: HeldEvent, event: DecisionEvent) =>
  held.payloadHash === event.payloadHash &&
  held.kind === event.kind &&
  held.draftId === event.draftId &&
  held.deviceId === event.deviceId &&
  held.deviceSeq === event.deviceSeq;

/** Checks the device, then answers and stores each checked event. */
export async function pushEvents(
  sql: SqlExecutor,
  pusher: Pusher,
  checked: readonly CheckedEvent[],
  now: string,
): Promise<PushOutcome> {
  const device = await deviceById(sql, pusher.deviceId);
  if (device === undefined) {
    throw new HubRequestError(
      409,
      'device_not_registered',
      'This device is not registered with the hub: register it first (POST /v1/devices).',
    );
  }
  if (device.user_id !== pusher.userId) {
    throw new HubRequestError(
      403,
      'device_not_yours',
      'This device is registered to another user.',
    );
  }

  const candidates = checked.filter((item) => item.ok);
  const events = candidates.map((item) => item.event);
  const targets = events.flatMap((event) =>
    isKind(event, 'retract') ? [event.payload.targetEventId] : [],
  );
  const heldRows = await logByRecordIds(sql, [...events.map((event) => event.eventId), ...targets]);
  const held = new Map<string, HeldEvent>([...heldRows].map(([id, row]) => [id, heldFromRow(row)]));
  const seqTaken = await recordsAtDeviceSeqs(
    sql,
    pusher.deviceId,
    events.map((event) => event.deviceSeq),
  );
  const known = await knownDrafts(sql, events);

  const results: PushResult[] = [];
  const records: NewRecord[] = [];
  const rejections: { deviceSeq: number; eventId: string | null; reason: RejectionReason }[] = [];
  // `seq`s of this request's records are known only after the append: fill them in after.
  const pending: { result: { seq: number }; recordIndex: number }[] = [];

  for (const item of checked) {
    if (!item.ok) {
      results.push(item.rejected);
      if (item.deviceSeq !== null) {
        rejections.push({
          deviceSeq: item.deviceSeq,
          eventId: item.rejected.eventId,
          reason: item.rejected.reason,
        });
      }
      continue;
    }
    const { event, index } = item;
    const reject = (reason: RejectionReason, detail: string, countsForSeq = true) => {
      results.push({ index, eventId: event.eventId, status: 'rejected', reason, detail });
      if (countsForSeq) {
        rejections.push({ deviceSeq: event.deviceSeq, eventId: event.eventId, reason });
      }
    };
    const same = held.get(event.eventId);
    if (same !== undefined) {
      if (sameEvent(same, event)) {
        const result = {
          index,
          eventId: event.eventId,
          status: 'duplicate' as const,
          seq: same.seq,
        };
        results.push(result);
        if (same.seq === 0) {
          pending.push({ result, recordIndex: pendingIndexOf(records, event.eventId) });
        }
      } else {
        // The seq is answered by the event the hub holds; this one is only refused.
        reject('id_conflict', 'the hub holds another event under this eventId', false);
      }
      continue;
    }
    const taken = seqTaken.get(event.deviceSeq);
    if (taken !== undefined) {
      reject('device_seq_conflict', `event ${taken} already has this deviceSeq`, false);
      continue;
    }
    const problem = known.problemOf(event);
    if (problem !== null) {
      reject(problem.reason, problem.detail);
      continue;
    }
    if (isKind(event, 'retract')) {
      const target = held.get(event.payload.targetEventId);
      if (target !== undefined && target.userId !== pusher.userId) {
        reject('retract_not_own', 'a retract may only undo a decision of your own');
        continue;
      }
    }
    records.push({
      recordId: event.eventId,
      kind: 'decision',
      projectId: event.projectId,
      draftId: event.draftId,
      deviceId: event.deviceId,
      deviceSeq: event.deviceSeq,
      userId: pusher.userId,
      payloadHash: event.payloadHash,
      body: { event: item.raw },
    });
    const result = { index, eventId: event.eventId, status: 'accepted' as const, seq: 0 };
    results.push(result);
    pending.push({ result, recordIndex: records.length - 1 });
    // A second copy later in the same request is a duplicate of this one.
    held.set(event.eventId, {
      seq: 0,
      payloadHash: event.payloadHash,
      kind: event.kind,
      draftId: event.draftId,
      deviceId: event.deviceId,
      deviceSeq: event.deviceSeq,
      userId: pusher.userId,
    });
    seqTaken.set(event.deviceSeq, event.eventId);
  }

  const appended = await appendToLog(sql, records, now);
  for (const { result, recordIndex } of pending) {
    result.seq = appended[recordIndex]?.seq ?? 0;
  }
  await insertRejections(
    sql,
    rejections.map((rejection) => ({
      device_id: pusher.deviceId,
      device_seq: rejection.deviceSeq,
      event_id: rejection.eventId,
      reason: rejection.reason,
      rejected_at: now,
    })),
  );
  const watermark = await advanceWatermark(sql, pusher.deviceId, device.watermark);
  await updateWatermark(sql, pusher.deviceId, watermark, now);
  return { results, watermark, accepted: records.length };
}

function pendingIndexOf(records: readonly NewRecord[], eventId: string): number {
  return records.findIndex((record) => record.recordId === eventId);
}

/** The projects and drafts the events name, read once for the whole request. */
async function knownDrafts(sql: SqlExecutor, events: readonly DecisionEvent[]) {
  const draftIdsByProject = new Map<string, Set<string>>();
  for (const event of events) {
    const ids = draftIdsByProject.get(event.projectId) ?? new Set<string>();
    ids.add(event.draftId);
    draftIdsByProject.set(event.projectId, ids);
  }
  const drafts = new Map<string, Set<string>>();
  for (const [projectId, ids] of draftIdsByProject) {
    if ((await projectById(sql, projectId)) !== undefined) {
      drafts.set(projectId, new Set((await draftsByIds(sql, projectId, [...ids])).keys()));
    }
  }
  return {
    /**
     * Null when the draft was published in the project. A withdrawn draft still takes
     * decisions: one made offline before the withdrawal arrived is kept, like every decision.
     */
    problemOf(event: DecisionEvent): { reason: RejectionReason; detail: string } | null {
      const inProject = drafts.get(event.projectId);
      if (inProject === undefined) {
        return {
          reason: 'unknown_project',
          detail: 'no project with this id was published on the hub',
        };
      }
      return inProject.has(event.draftId)
        ? null
        : { reason: 'unknown_draft', detail: 'no draft with this id was published in the project' };
    },
  };
}
