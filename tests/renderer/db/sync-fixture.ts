/**
 * Rows and hub records for the sync tests: a database per test, projects on or off a hub,
 * drafts with their queue entries, this device's outbox as `recordDecision` leaves it, and the
 * records a pull brings (SYNC.md §1).
 */
import Dexie from 'dexie';
import type { DecisionKind } from '../../../shared/domain/decision-event';
import type { DraftInput } from '../../../shared/domain/draft-schema';
import type { DecisionRecord, HubProject, LogRecord } from '../../../shared/sync/hub-records';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { toQueueEntry } from '../../../renderer/db/queue-entry';
import { setMeta } from '../../../renderer/db/repositories/meta-repository';
import type { DraftRow, EventRow, OutboxRow, ProjectRow } from '../../../renderer/db/rows';
import { decision } from './decision-fixture';

let counter = 0;

/** A fresh database with a unique name; pair with {@link dropTestDatabase}. */
export async function openTestDatabase(prefix: string): Promise<LoupeDatabase> {
  counter += 1;
  const db = new LoupeDatabase({ name: `${prefix}-${counter}-${Math.random()}` });
  await db.open();
  return db;
}

export async function dropTestDatabase(db: LoupeDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

export const HUB_ID = 'hub-1';
export const AT = '2026-12-07T09:00:00.000Z';

const settings: HubProject['settings'] = {
  guidelines: '# Check amounts',
  escalationReasons: [{ id: 'factual-error', label: { en: 'Factual error', 'zh-TW': '事實錯誤' } }],
  rubric: { questions: [] },
};

/** A project row; on `hubId` unless that is null (local only). */
export function projectRow(id: string, hubId: string | null = HUB_ID): ProjectRow {
  return {
    id,
    name: `Project ${id}`,
    guidelines: settings.guidelines,
    escalationReasons: settings.escalationReasons,
    rubric: settings.rubric,
    guidelinesVersion: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...(hubId === null ? {} : { hub: { hubId, publishedSeq: 1 } }),
  };
}

export function draftInput(id: string, text = `text of ${id}`): DraftInput {
  return {
    id,
    context: [{ kind: 'ticket', title: 'Ticket', text: 'Refund approved.' }],
    draft: text,
    model: { name: 'm', version: '1' },
    metadata: {},
    priority: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}

export function draftRow(projectId: string, id: string, extra: Partial<DraftRow> = {}): DraftRow {
  return { ...draftInput(id), projectId, status: 'pending', ...extra };
}

/** Stores drafts with their queue entries (withdrawn ones stay out of the queue). */
export async function seedDrafts(db: LoupeDatabase, drafts: readonly DraftRow[]): Promise<void> {
  await db.drafts.bulkPut([...drafts]);
  await db.queueEntries.bulkPut(drafts.filter((d) => d.withdrawn === undefined).map(toQueueEntry));
}

/** A decision event of this device (`dev1`, reviewer `r1`) with its `deviceSeq`. */
export function eventRow(
  eventId: string,
  deviceSeq: number,
  extra: Partial<EventRow> = {},
  kind: DecisionKind = 'approve',
): EventRow {
  return { ...decision(eventId, kind, extra.draftId ?? 'd1'), deviceSeq, ...extra };
}

/**
 * Events of this device with their outbox rows, as `recordDecision` and later answers leave
 * them; `nextDeviceSeq` follows the highest.
 */
export async function seedOutbox(
  db: LoupeDatabase,
  entries: readonly { event: EventRow; row?: Partial<OutboxRow> }[],
): Promise<void> {
  await db.events.bulkAdd(entries.map(({ event }) => event));
  await db.outbox.bulkAdd(
    entries.map(({ event, row }) => ({
      eventId: event.eventId,
      projectId: event.projectId,
      state: 'pending' as const,
      deviceSeq: event.deviceSeq,
      attempts: 0,
      ...row,
    })),
  );
  const highest = Math.max(0, ...entries.map(({ event }) => event.deviceSeq));
  await setMeta(db, 'nextDeviceSeq', highest + 1);
}

const envelope = (seq: number, projectId: string, userId = 'lead-1') => ({
  seq,
  recordId: `rec-${seq}`,
  projectId,
  userId,
  receivedAt: `2026-12-07T10:00:${String(seq % 60).padStart(2, '0')}.000Z`,
});

export function hubProject(projectId: string, name = `Hub ${projectId}`, version = 1): HubProject {
  return {
    projectId,
    name,
    settingsVersion: version,
    settings: { ...settings, guidelines: `# v${version}` },
  };
}

export function projectPublished(seq: number, project: HubProject): LogRecord {
  return {
    ...envelope(seq, project.projectId),
    kind: 'project.published',
    draftId: null,
    project,
  };
}

export function projectSettings(seq: number, project: HubProject): LogRecord {
  return {
    ...envelope(seq, project.projectId),
    kind: 'project.settings',
    draftId: null,
    name: project.name,
    settingsVersion: project.settingsVersion,
    settings: project.settings,
  };
}

export function draftPublished(
  seq: number,
  projectId: string,
  draft: DraftInput,
  draftVersion = 1,
): LogRecord {
  return {
    ...envelope(seq, projectId),
    kind: 'draft.published',
    draftId: draft.id,
    draftVersion,
    draft,
  };
}

export function draftRevised(
  seq: number,
  projectId: string,
  draft: DraftInput,
  draftVersion: number,
): LogRecord {
  return {
    ...envelope(seq, projectId),
    kind: 'draft.revised',
    draftId: draft.id,
    draftVersion,
    draft,
  };
}

export function draftWithdrawn(
  seq: number,
  projectId: string,
  draftId: string,
  reason?: string,
): LogRecord {
  return {
    ...envelope(seq, projectId),
    kind: 'draft.withdrawn',
    draftId,
    draftVersion: 1,
    ...(reason === undefined ? {} : { reason }),
  };
}

/** A decision as the hub logs it (any device's event). */
export function decisionRecord(seq: number, event: EventRow): LogRecord {
  const { seq: _seq, ...wire } = event;
  return {
    ...envelope(seq, event.projectId, event.reviewerId),
    recordId: event.eventId,
    kind: 'decision',
    draftId: event.draftId,
    event: wire as DecisionRecord['event'],
  };
}
