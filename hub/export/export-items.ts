/**
 * The drafts of an export snapshot with their decisions, read a page at a time in export
 * order: each page is its own short read (a slow client never holds a database connection for
 * the whole file), and every read is bounded by the snapshot's `seq`, below which the log
 * never changes. A restore (new hub id or epoch) during the export ends it with an error: the
 * bytes already sent no longer describe this hub.
 */
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { DraftInput } from '../../shared/domain/draft-schema';
import type { ExportItem } from '../../shared/export';
import { readIdentity } from '../storage/queries/identity';
import { decisionsUpTo, logBodiesAt } from '../storage/queries/exports';
import type { HubStorage } from '../storage/storage';
import type { ExportDraftKey, ExportSnapshot } from './export-snapshot';

/** Drafts per read: 500 drafts of typical size are a few hundred KB of text. */
export const EXPORT_PAGE_SIZE = 500;

/** The hub was restored while an export ran. */
export class ExportSnapshotGoneError extends Error {
  override readonly name = 'ExportSnapshotGoneError';
}

async function readPage(
  storage: HubStorage,
  snapshot: ExportSnapshot,
  page: readonly ExportDraftKey[],
): Promise<ExportItem[]> {
  return storage.read(async (sql) => {
    const identity = await readIdentity(sql);
    if (identity.hubId !== snapshot.identity.hubId || identity.epoch !== snapshot.identity.epoch) {
      throw new ExportSnapshotGoneError('the hub was restored while the export ran');
    }
    const bodies = await logBodiesAt(
      sql,
      page.map((key) => key.contentSeq),
    );
    const events = new Map<string, DecisionEvent[]>();
    const byProject = new Map<string, string[]>();
    for (const key of page) {
      const ids = byProject.get(key.projectId);
      if (ids === undefined) {
        byProject.set(key.projectId, [key.draftId]);
      } else {
        ids.push(key.draftId);
      }
    }
    for (const [projectId, draftIds] of byProject) {
      for (const row of await decisionsUpTo(sql, projectId, draftIds, snapshot.seq)) {
        const id = `${projectId}\0${row.draft_id}`;
        const list = events.get(id) ?? [];
        list.push((JSON.parse(row.body) as { event: DecisionEvent }).event);
        events.set(id, list);
      }
    }
    return page.map((key) => {
      const body = bodies.get(key.contentSeq);
      const project = snapshot.projects.get(key.projectId);
      if (body === undefined || project === undefined) {
        throw new Error(`export: no content at seq ${key.contentSeq}`);
      }
      const { draft } = JSON.parse(body) as { draft: DraftInput };
      return {
        draft: { ...draft, projectId: key.projectId },
        events: events.get(`${key.projectId}\0${key.draftId}`) ?? [],
        project,
      };
    });
  });
}

/**
 * Every draft of `snapshot` with its events and project, in export order. The next page is read
 * while the records of this one are written (one page ahead, never more: memory stays a page or
 * two), so the hub does not sit idle waiting on PostgreSQL between pages.
 */
export async function* exportItems(
  storage: HubStorage,
  snapshot: ExportSnapshot,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportItem> {
  const pageAt = (at: number) =>
    readPage(storage, snapshot, snapshot.keys.slice(at, at + pageSize));
  let next = snapshot.keys.length > 0 ? pageAt(0) : undefined;
  try {
    for (let at = 0; next !== undefined; at += pageSize) {
      const page = await next;
      next = at + pageSize < snapshot.keys.length ? pageAt(at + pageSize) : undefined;
      yield* page;
    }
  } finally {
    // A consumer that stops early (the client hung up) leaves no read to fail unobserved.
    next?.catch(() => undefined);
  }
}
