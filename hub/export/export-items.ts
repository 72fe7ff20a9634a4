/**
 * The drafts of an export snapshot with their decisions, read a page at a time in export
 * order: each page is its own short read (a slow client never holds a database connection for
 * the whole file), and every read is bounded by the snapshot's `seq`, below which the log
 * never changes. A restore (new hub id or epoch) during the export ends it with an error: the
 * bytes already sent no longer describe this hub.
 */
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { DraftInput } from '../../shared/domain/draft-schema';
import type { ExportItem, RecordMetrics } from '../../shared/export';
import { readIdentity } from '../storage/queries/identity';
import { decisionsUpTo, logBodiesAt } from '../storage/queries/exports';
import type { HubStorage } from '../storage/storage';
import type { ExportDraftKey, ExportSnapshot } from './export-snapshot';
import type { MetricsPair, MetricsThread } from './metrics-thread';
import { metricsThread } from './metrics-thread';

/** Drafts per read: 500 drafts of typical size are a few hundred KB of text. */
export const EXPORT_PAGE_SIZE = 500;

/** The hub was restored while an export ran. */
export class ExportSnapshotGoneError extends Error {
  override readonly name = 'ExportSnapshotGoneError';
}

/**
 * Every text that may be the draft's final one and differs from it: each edit's and each
 * resolve's. Which one holds is decided when the record is built; measuring them all costs
 * little (a draft has one or two) and needs no state derived twice.
 */
function finalTexts(original: string, events: readonly DecisionEvent[]): string[] {
  const texts = new Set<string>();
  for (const event of events) {
    const payload = event.payload as { finalText?: unknown };
    if (typeof payload.finalText === 'string' && payload.finalText !== original) {
      texts.add(payload.finalText);
    }
  }
  return [...texts];
}

/** The page's items with the metrics of their edits, measured on the metrics thread. */
async function withMetrics(items: ExportItem[], metrics: MetricsThread): Promise<ExportItem[]> {
  const pairs: MetricsPair[] = [];
  const owners: number[] = [];
  items.forEach((item, at) => {
    for (const final of finalTexts(item.draft.draft, item.events)) {
      pairs.push([item.draft.draft, final]);
      owners.push(at);
    }
  });
  const measured = await metrics.measure(pairs);
  const byItem = new Map<number, Map<string, RecordMetrics>>();
  measured.forEach((result, k) => {
    const at = owners[k] as number;
    const known = byItem.get(at) ?? new Map<string, RecordMetrics>();
    byItem.set(at, known);
    known.set((pairs[k] as MetricsPair)[1], result);
  });
  return items.map((item, at) => {
    const known = byItem.get(at);
    return known === undefined ? item : { ...item, metrics: known };
  });
}

async function readPage(
  storage: HubStorage,
  snapshot: ExportSnapshot,
  page: readonly ExportDraftKey[],
  metrics: MetricsThread,
): Promise<ExportItem[]> {
  const items = await storage.read(async (sql) => {
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
  // After the read: the connection is not held while the metrics are measured.
  return withMetrics(items, metrics);
}

/**
 * Pages read ahead of the one being written. A page's read (PostgreSQL's answer, decoded on this
 * thread) and its metrics (on the metrics thread) run one after the other; with a single page
 * ahead the writer waited on that chain about half the time, with three the chain of one page
 * overlaps the writing of the pages before it. Memory stays a few pages (a page is ~1 MB).
 */
export const EXPORT_PAGES_AHEAD = 3;

/**
 * Every draft of `snapshot` with its events and project, in export order. Later pages are read
 * and their edits measured (on the metrics thread) while the records of this one are built and
 * written — {@link EXPORT_PAGES_AHEAD} ahead, never more — so the hub does not sit idle waiting
 * on PostgreSQL between pages, and uses its second core.
 */
export async function* exportItems(
  storage: HubStorage,
  snapshot: ExportSnapshot,
  pageSize = EXPORT_PAGE_SIZE,
  metrics: MetricsThread = metricsThread(),
  pagesAhead = EXPORT_PAGES_AHEAD,
): AsyncGenerator<ExportItem> {
  const pending: Promise<ExportItem[]>[] = [];
  let nextAt = 0;
  const readAhead = () => {
    while (pending.length < pagesAhead && nextAt < snapshot.keys.length) {
      const read = readPage(
        storage,
        snapshot,
        snapshot.keys.slice(nextAt, nextAt + pageSize),
        metrics,
      );
      // Handled here so a page failing while earlier ones are written is not an unhandled
      // rejection; its error still reaches the writer when the page's turn comes.
      read.catch(() => undefined);
      pending.push(read);
      nextAt += pageSize;
    }
  };
  try {
    readAhead();
    while (pending.length > 0) {
      const page = await (pending.shift() as Promise<ExportItem[]>);
      readAhead();
      yield* page;
    }
  } finally {
    pending.length = 0; // a consumer that stopped early: the reads ahead end unobserved
  }
}
