/**
 * What the sync bench writes into a profile's IndexedDB before the app starts, built in Node with
 * the app's own code (renderer/db/hub-rows.ts, queue-entry.ts, the derivation), so the rows are
 * the ones the app itself would have written: a connected hub session, and for the push a hub
 * project pulled up to its drafts plus 10,000 decisions of this device waiting in the outbox.
 */
import { deriveDraftState } from '../../shared/review/derive-draft-state';
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { HubUser } from '../../shared/sync/hello';
import type { LogRecord } from '../../shared/sync/hub-records';
import { pullResponseSchema } from '../../shared/sync/pull';
import { draftFromHub, logRowOf, projectFromHub } from '../../renderer/db/hub-rows';
import { toQueueEntry } from '../../renderer/db/queue-entry';
import type {
  DraftRow,
  DraftStateRow,
  HubSession,
  MetaRow,
  OutboxRow,
  ProjectRow,
} from '../../renderer/db/rows';
import { call, type BenchUser, type HubAt } from './hub-bench-client';
import type { StoreRows } from './sync-bench-page';

export interface HubIdentityOf {
  hubId: string;
  epoch: number;
  high: number;
}

/** Who the hub is and how far its log goes, as `user` sees it. */
export async function helloOf(hub: HubAt, user: BenchUser): Promise<HubIdentityOf> {
  const answer = await call(hub, user, 'GET', '/v1/sync/hello');
  if (answer.status !== 200) {
    throw new Error(`hello answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  }
  const hello = JSON.parse(answer.text) as HubIdentityOf;
  return { hubId: hello.hubId, epoch: hello.epoch, high: hello.high };
}

/** Records `after + 1 … upTo`, pulled and checked as the client checks them. */
export async function pullRecords(hub: HubAt, user: BenchUser, after: number, upTo: number) {
  const records: LogRecord[] = [];
  let cursor = after;
  while (cursor < upTo) {
    const limit = Math.min(500, upTo - cursor);
    const answer = await call(hub, user, 'GET', `/v1/sync/pull?after=${cursor}&limit=${limit}`);
    const page = pullResponseSchema.parse(JSON.parse(answer.text));
    records.push(...page.records);
    cursor = page.nextCursor;
    if (!page.hasMore) {
      break;
    }
  }
  return records;
}

/** The meta rows of a connected app (what startHubSession writes) for `user` at `url`. */
export function sessionRows(url: string, user: BenchUser): MetaRow[] {
  const hubUser: HubUser = { id: user.id, name: user.name, role: user.role };
  const session: HubSession = { url, user: hubUser, connectedAt: new Date().toISOString() };
  return [
    { key: 'profile', value: { reviewerId: user.id, displayName: user.name } },
    { key: 'hubSession', value: session },
  ];
}

const batchOf = <T>(items: readonly T[], at: number, size: number) => items.slice(at, at + size);

/**
 * The push's profile, in batches of `size` drafts: the project and its drafts as applied from
 * `records` (cursor after the last), `events` as this device's decisions (device `deviceId`,
 * deviceSeq 1…N) with their outbox rows pending, and each touched draft's derived state.
 */
export function pushProfileBatches(
  identity: HubIdentityOf,
  records: readonly LogRecord[],
  events: readonly DecisionEvent[],
  deviceId: string,
  size: number,
): StoreRows[] {
  const now = new Date().toISOString();
  const byDraft = new Map<string, DecisionEvent[]>();
  for (const event of events) {
    byDraft.set(event.draftId, [...(byDraft.get(event.draftId) ?? []), event]);
  }
  const projects: ProjectRow[] = [];
  const drafts: DraftRow[] = [];
  const states: DraftStateRow[] = [];
  for (const record of records) {
    if (record.kind === 'project.published') {
      projects.push(
        projectFromHub(record.project, identity.hubId, record.seq, record.receivedAt, undefined),
      );
    } else if (record.kind === 'draft.published') {
      const derived = deriveDraftState(byDraft.get(record.draftId) ?? []);
      const row = draftFromHub(
        record.projectId,
        record.draft,
        record.draftVersion,
        derived.status,
        undefined,
        undefined,
        record.seq,
      );
      drafts.push(row);
      states.push({ projectId: row.projectId, draftId: row.id, ...derived, updatedAt: now });
    } else {
      throw new Error(`the push profile takes projects and drafts, not ${record.kind}`);
    }
  }
  const outbox: OutboxRow[] = events.map((event) => ({
    eventId: event.eventId,
    projectId: event.projectId,
    state: 'pending',
    deviceSeq: event.deviceSeq,
    attempts: 0,
  }));
  const last = records[records.length - 1]?.seq ?? 0;
  const meta: MetaRow[] = [
    { key: 'deviceId', value: deviceId },
    { key: 'nextDeviceSeq', value: events.length + 1 },
    { key: 'hubIdentity', value: { hubId: identity.hubId, epoch: identity.epoch } },
    { key: 'hubCursor', value: last },
  ];
  const out: StoreRows[] = [{ projects, meta, hubLog: records.map(logRowOf) }];
  for (let at = 0; at < Math.max(drafts.length, events.length); at += size) {
    const some = batchOf(drafts, at, size);
    out.push({
      drafts: some,
      queueEntries: some.map(toQueueEntry),
      draftState: batchOf(states, at, size),
      events: batchOf(events, at, size),
      outbox: batchOf(outbox, at, size),
    });
  }
  return out;
}
