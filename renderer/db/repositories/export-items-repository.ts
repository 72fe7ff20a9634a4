/**
 * What an export reads from the local store (issue 13 point 3): the drafts of the chosen
 * projects in export order — project id, then draft id, by UTF-16 code units (export-order.ts),
 * which is also IndexedDB's order of the `[projectId+id]` key, so no sort is needed — each with
 * its events, a page at a time so memory stays flat at 100k drafts: one read for a page of
 * drafts and one range read for all their events.
 */
import Dexie from 'dexie';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import type { ExportItem, ExportSource, RecordProject } from '../../../shared/export';
import { compareCodeUnits } from '../../../shared/export';
import type { LoupeDatabase } from '../loupe-database';
import type { DraftRow, EventRow } from '../rows';
import { readDraftPage } from './drafts-repository';
import { getMeta } from './meta-repository';

/** Drafts per page: a few MB of text at most, and few transactions at 100k drafts. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * The event as the domain knows it: the hub's `seq` is this machine's sync bookkeeping, and
 * would make the same decisions export differently before and after a sync.
 */
function decisionEvent(row: EventRow): DecisionEvent {
  const { seq: _seq, ...event } = row;
  return event;
}

/** The events of drafts `firstId`…`lastId` of a project, by draft id. */
async function eventsBetween(
  db: LoupeDatabase,
  projectId: string,
  firstId: string,
  lastId: string,
): Promise<Map<string, DecisionEvent[]>> {
  const rows = await db.events
    .where('[projectId+draftId]')
    .between([projectId, firstId], [projectId, lastId], true, true)
    .toArray();
  const byDraft = new Map<string, DecisionEvent[]>();
  for (const row of rows) {
    const list = byDraft.get(row.draftId) ?? [];
    list.push(decisionEvent(row));
    byDraft.set(row.draftId, list);
  }
  return byDraft;
}

interface Page {
  drafts: DraftRow[];
  events: Map<string, DecisionEvent[]>;
}

async function readPage(
  db: LoupeDatabase,
  projectId: string,
  afterId: string | null,
  pageSize: number,
): Promise<Page> {
  const drafts = await readDraftPage(db, projectId, afterId, pageSize);
  const first = drafts[0];
  const last = drafts[drafts.length - 1];
  return {
    drafts,
    events:
      first === undefined || last === undefined
        ? new Map<string, DecisionEvent[]>()
        : await eventsBetween(db, projectId, first.id, last.id),
  };
}

/**
 * Every draft of `projects`, with its events, in export order. The next page is read while the
 * caller works through this one (measured in Chromium at 100k drafts: the reads take about as
 * long as building and writing the records, so overlapping them saves most of one), which holds
 * two pages in memory at most.
 */
export async function* readExportItems(
  db: LoupeDatabase,
  projects: readonly RecordProject[],
  options: { pageSize?: number } = {},
): AsyncGenerator<ExportItem> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const ordered = [...projects].sort((a, b) => compareCodeUnits(a.id, b.id));
  for (const project of ordered) {
    let next: Promise<Page> | undefined = readPage(db, project.id, null, pageSize);
    try {
      while (next !== undefined) {
        const { drafts, events }: Page = await next;
        const last: DraftRow | undefined = drafts[drafts.length - 1];
        next =
          last !== undefined && drafts.length === pageSize
            ? readPage(db, project.id, last.id, pageSize)
            : undefined;
        for (const draft of drafts) {
          // A withdrawn draft (a lead pulled it back) is in no set, as on the hub.
          if (draft.withdrawn === undefined) {
            yield { draft, events: events.get(draft.id) ?? [], project };
          }
        }
      }
    } finally {
      // Stopped early (a cancel): the page read ahead is not wanted, nor its failure.
      next?.catch(() => undefined);
    }
  }
}

/** Drafts of `projectIds` (the export's total, for progress and time left). */
export async function countExportDrafts(
  db: LoupeDatabase,
  projectIds: readonly string[],
): Promise<number> {
  let total = 0;
  for (const projectId of projectIds) {
    total += await db.drafts
      .where('[projectId+id]')
      .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey], true, true)
      .count();
  }
  return total;
}

/**
 * Reviewer display names the store knows: the reviewer of this machine (their chosen name) and
 * who they are on the connected hub. Teammates are known here by id only.
 */
export async function readReviewerNames(db: LoupeDatabase): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const session = await getMeta(db, 'hubSession');
  if (session !== undefined) {
    names.set(session.user.id, session.user.name);
  }
  const profile = await getMeta(db, 'profile');
  if (profile !== undefined) {
    names.set(profile.reviewerId, profile.displayName);
  }
  return names;
}

/**
 * What the export reflects, with no clock read (the same data must give the same bytes): the
 * hub's cursor when this store syncs with a hub, else a description of the local snapshot built
 * from the data itself (see {@link describeLocalSnapshot}).
 */
export async function readHubSource(db: LoupeDatabase): Promise<ExportSource | undefined> {
  const session = await getMeta(db, 'hubSession');
  const cursor = (await getMeta(db, 'hubCursor')) ?? 0;
  return session !== undefined && cursor > 0 ? { kind: 'hub', seq: cursor } : undefined;
}

/** The local snapshot in words: how many decision events it held, and the latest one's time. */
export function describeLocalSnapshot(events: number, latestAt: string | undefined): string {
  return latestAt === undefined
    ? `local store; no decision events`
    : `local store; ${events} decision events, the latest made at ${latestAt}`;
}
