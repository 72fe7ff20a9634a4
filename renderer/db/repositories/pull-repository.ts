/**
 * Applying one page pulled from the hub (SYNC.md §3): the page's records **and** the new cursor
 * in one transaction, so a crash applies both or neither. Records are put by id, so a page
 * applied twice changes nothing. Per record:
 * - a decision is stored (or, when this machine made it, given its `seq` and its outbox row
 *   marked acked: the push's answer may have been lost); its draft's state is derived again;
 * - `project.published` / `project.settings` make or update the project with the hub's settings;
 * - `draft.published` / `draft.revised` make or update the draft (a revision of a decided draft
 *   is marked "changed since review"; its decisions stay, and are stale from then on);
 * - `draft.withdrawn` takes the draft out of the queue and keeps it and its decisions.
 */
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { deriveDraftState } from '../../../shared/review/derive-draft-state';
import type { LogRecord } from '../../../shared/sync/hub-records';
import type { DataChange, DraftsChange } from '../change-feed';
import { draftFromHub, logRowOf, projectFromHub } from '../hub-rows';
import type { LoupeDatabase } from '../loupe-database';
import { toQueueEntry } from '../queue-entry';
import type { EventRow, OutboxRow } from '../rows';
import { rederiveDraftStates } from './draft-state-repository';
import { listDraftEvents } from './events-repository';
import { getMeta, setMeta } from './meta-repository';
import { draftRowsOf } from './pulled-draft-rows';
import { withoutRefusal } from './outbox-repository';

export interface PulledPage {
  hubId: string;
  records: readonly LogRecord[];
  nextCursor: number;
}

type DraftKey = `${string}\u0000${string}`;
const keyOf = (projectId: string, draftId: string): DraftKey => `${projectId}\u0000${draftId}`;

/** Applies `page` and stores its cursor, in one transaction; returns what changed. */
export async function applyPullPage(
  db: LoupeDatabase,
  page: PulledPage,
  now: string,
): Promise<DataChange> {
  const tables = [
    db.events,
    db.outbox,
    db.draftState,
    db.drafts,
    db.queueEntries,
    db.projects,
    db.hubLog,
    db.meta,
    db.searchSegments,
  ];
  return db.transaction('rw', tables, async () => {
    const touched = new Map<DraftKey, { projectId: string; draftId: string }>();
    const membership = new Set<string>();
    const projects = new Set<string>();
    const touch = (projectId: string, draftId: string) =>
      touched.set(keyOf(projectId, draftId), { projectId, draftId });

    const known = await draftRowsOf(db, page.records);
    const decisions = page.records.filter((record) => record.kind === 'decision');
    const outboxChanged = await storeDecisions(db, decisions, now);
    for (const record of decisions) {
      touch(record.projectId, record.draftId);
    }

    for (const record of page.records) {
      switch (record.kind) {
        case 'decision':
          break;
        case 'project.published': {
          const stored = await db.projects.get(record.projectId);
          await db.projects.put(
            projectFromHub(record.project, page.hubId, record.seq, record.receivedAt, stored),
          );
          projects.add(record.projectId);
          break;
        }
        case 'project.settings': {
          const stored = await db.projects.get(record.projectId);
          if (stored !== undefined) {
            const hub = {
              projectId: record.projectId,
              name: record.name,
              settingsVersion: record.settingsVersion,
              settings: record.settings,
            };
            await db.projects.put(
              projectFromHub(hub, page.hubId, record.seq, record.receivedAt, stored),
            );
            projects.add(record.projectId);
          }
          break;
        }
        case 'draft.published':
        case 'draft.revised': {
          const key = keyOf(record.projectId, record.draftId);
          const stored = known.draft(key);
          const revisedAfterReview =
            record.kind === 'draft.revised' &&
            (await decidedBefore(db, record.projectId, record.draftId, record.draftVersion))
              ? { at: record.receivedAt }
              : undefined;
          const row = draftFromHub(
            record.projectId,
            record.draft,
            record.draftVersion,
            known.status(key) ?? 'pending',
            stored,
            revisedAfterReview,
            record.seq,
          );
          known.write(key, row, row.withdrawn === undefined ? toQueueEntry(row) : 'keep');
          touch(record.projectId, record.draftId);
          membership.add(record.projectId);
          break;
        }
        case 'draft.withdrawn': {
          const key = keyOf(record.projectId, record.draftId);
          const stored = known.draft(key);
          const withdrawn = {
            seq: record.seq,
            at: record.receivedAt,
            ...(record.reason === undefined ? {} : { reason: record.reason }),
          };
          known.write(key, stored === undefined ? undefined : { ...stored, withdrawn }, null);
          touch(record.projectId, record.draftId);
          membership.add(record.projectId);
          break;
        }
      }
    }
    await known.flush();

    const revived = await reviveRefusedFor(db, page.records);
    for (const { projectId, draftId } of revived) {
      touch(projectId, draftId);
    }
    await rederiveDraftStates(db, [...touched.values()], now);
    await db.hubLog.bulkPut(page.records.map(logRowOf));
    await setMeta(db, 'hubCursor', page.nextCursor);

    const byProject = new Map<string, string[]>();
    for (const { projectId, draftId } of touched.values()) {
      byProject.set(projectId, [...(byProject.get(projectId) ?? []), draftId]);
    }
    const drafts: DraftsChange[] = [...byProject].map(([projectId, draftIds]) => ({
      projectId,
      draftIds,
      membership: membership.has(projectId),
    }));
    return {
      ...(projects.size > 0 ? { projects: [...projects] } : {}),
      ...(drafts.length > 0 ? { drafts } : {}),
      ...(outboxChanged || revived.length > 0 ? { outbox: true } : {}),
    };
  });
}

/**
 * Whether decisions made before version `draftVersion` of a draft (on older content, or before
 * it came from a hub) decide it, refused ones aside. Judged from the events' own `draftVersion`,
 * not from the stored state: that is derived only at the end of a page (so it misses decisions
 * earlier in the same page), and when the whole log is pulled again (a new epoch) it already
 * counts decisions made on this very version. Either way a revision would be marked "changed
 * since review" or not depending on how the log was paged, and a page applied twice would not
 * leave things as they were.
 */
async function decidedBefore(
  db: LoupeDatabase,
  projectId: string,
  draftId: string,
  draftVersion: number,
): Promise<boolean> {
  const events = await listDraftEvents(db, projectId, draftId);
  const rows = await db.outbox.bulkGet(events.map((event) => event.eventId));
  const older = events.filter(
    (event, index) => rows[index]?.state !== 'rejected' && (event.draftVersion ?? 0) < draftVersion,
  );
  return deriveDraftState(older).status !== 'pending';
}

/**
 * Decisions the hub refused because it did not hold their project or draft yet — made offline
 * on a draft the hub later lost (restored from an older backup) and a lead published again, or
 * pushed before a publish finished — go back to pending once the page brings that project or
 * draft: the hub will take them now, and a refusal that no longer holds must not stand for good.
 * Returns their drafts (their state counts them again).
 */
async function reviveRefusedFor(
  db: LoupeDatabase,
  records: readonly LogRecord[],
): Promise<{ projectId: string; draftId: string }[]> {
  const projects = new Set<string>();
  const drafts = new Set<string>();
  for (const record of records) {
    if (record.kind === 'project.published') {
      projects.add(record.projectId);
    } else if (record.kind === 'draft.published') {
      projects.add(record.projectId);
      drafts.add(keyOf(record.projectId, record.draftId));
    }
  }
  const revived: { projectId: string; draftId: string }[] = [];
  for (const projectId of projects) {
    const refused = await db.outbox
      .where('[projectId+state]')
      .equals([projectId, 'rejected'])
      .filter(
        (row) => row.rejectedReason === 'unknown_draft' || row.rejectedReason === 'unknown_project',
      )
      .toArray();
    const events = await db.events.bulkGet(refused.map((row) => row.eventId));
    for (const [index, row] of refused.entries()) {
      const event = events[index];
      if (event === undefined) {
        continue;
      }
      const known =
        row.rejectedReason === 'unknown_project' || drafts.has(keyOf(projectId, event.draftId));
      if (known) {
        await db.outbox.update(row.eventId, {
          state: 'pending',
          rejectedReason: undefined,
          rejectedDetail: undefined,
          rejectedAt: undefined,
        });
        revived.push({ projectId, draftId: event.draftId });
      }
    }
  }
  return revived;
}

/**
 * Stores the page's decisions: new ones added with their `seq`, held ones given it. This
 * device's own events that were still waiting for an answer are acked here. Returns whether an
 * outbox row changed.
 */
async function storeDecisions(
  db: LoupeDatabase,
  records: readonly Extract<LogRecord, { kind: 'decision' }>[],
  now: string,
): Promise<boolean> {
  if (records.length === 0) {
    return false;
  }
  const ids = records.map((record) => record.recordId);
  const held = await db.events.bulkGet(ids);
  const written: EventRow[] = [];
  for (const [index, record] of records.entries()) {
    const stored = held[index];
    if (stored === undefined) {
      written.push({ ...(record.event as DecisionEvent), seq: record.seq });
    } else if (stored.seq !== record.seq) {
      written.push({ ...stored, seq: record.seq });
    }
  }
  await db.events.bulkPut(written);
  // Only this device's events have outbox rows: looking up the others' would cost a request
  // per pulled decision and find nothing.
  const deviceId = await getMeta(db, 'deviceId');
  const own = records.filter((record) => record.event.deviceId === deviceId);
  const rows = await db.outbox.bulkGet(own.map((record) => record.recordId));
  const heldOf = new Map(records.map((record, index) => [record.recordId, held[index]]));
  const acked: OutboxRow[] = [];
  for (const [index, row] of rows.entries()) {
    const record = own[index];
    const seq = record?.seq;
    // Only the event this device made: the same id with other content (an id collision the hub
    // refused as `id_conflict`) is someone else's, and must not ack ours.
    const stored = record === undefined ? undefined : heldOf.get(record.recordId);
    const ours = record !== undefined && stored?.payloadHash === record.event.payloadHash;
    const mine = stored === undefined || ours;
    if (
      row !== undefined &&
      seq !== undefined &&
      mine &&
      (row.state !== 'acked' || row.seq !== seq)
    ) {
      acked.push({ ...withoutRefusal(row), state: 'acked', seq, ackedAt: now });
    }
  }
  await db.outbox.bulkPut(acked);
  return acked.length > 0;
}
