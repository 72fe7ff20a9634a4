/** The drafts a pulled page touches, read and written in bulk (see {@link draftRowsOf}). */
import type { DraftStatus } from '../../../shared/domain/draft';
import type { LogRecord } from '../../../shared/sync/hub-records';
import type { LoupeDatabase } from '../loupe-database';
import type { DraftRow, QueueEntryRow } from '../rows';
import { appendSearchTexts } from './search-segments-repository';

type DraftKey = `${string}\u0000${string}`;
const keyOf = (projectId: string, draftId: string): DraftKey => `${projectId}\u0000${draftId}`;

/** Whether `row` holds the very text fields of `stored` (a copy with another status or mark). */
const sameText = (row: DraftRow, stored: DraftRow | undefined) =>
  stored !== undefined &&
  row.id === stored.id &&
  row.draft === stored.draft &&
  row.prompt === stored.prompt &&
  row.messages === stored.messages &&
  row.context === stored.context;

/**
 * The page's drafts, read in two bulk requests before the records are applied and written in
 * bulk after (a page publishes up to 500 drafts; a request per draft, each awaited, made a
 * 10k-draft project take seconds to arrive). Later records of the page see what earlier ones
 * wrote. A queue entry is written (`QueueEntryRow`), deleted (`null`) or left (`'keep'`).
 */
export async function draftRowsOf(db: LoupeDatabase, records: readonly LogRecord[]) {
  const keys = new Map<DraftKey, [string, string]>();
  for (const record of records) {
    if (
      record.kind === 'draft.published' ||
      record.kind === 'draft.revised' ||
      record.kind === 'draft.withdrawn'
    ) {
      keys.set(keyOf(record.projectId, record.draftId), [record.projectId, record.draftId]);
    }
  }
  const list = [...keys.values()];
  const [draftRows, stateRows] = await Promise.all([
    db.drafts.bulkGet(list),
    db.draftState.bulkGet(list),
  ]);
  const drafts = new Map<DraftKey, DraftRow | undefined>();
  const original = new Map<DraftKey, DraftRow | undefined>();
  const statuses = new Map<DraftKey, DraftStatus | undefined>();
  [...keys.keys()].forEach((key, index) => {
    drafts.set(key, draftRows[index]);
    original.set(key, draftRows[index]);
    statuses.set(key, stateRows[index]?.status);
  });
  const draftPuts = new Map<DraftKey, DraftRow>();
  const entries = new Map<DraftKey, QueueEntryRow | null>();
  return {
    draft: (key: DraftKey) => drafts.get(key),
    status: (key: DraftKey) => statuses.get(key),
    write(key: DraftKey, row: DraftRow | undefined, entry: QueueEntryRow | null | 'keep') {
      if (row !== undefined) {
        drafts.set(key, row);
        draftPuts.set(key, row);
      }
      if (entry !== 'keep') {
        entries.set(key, entry);
      }
    },
    async flush() {
      const entryPuts = [...entries.values()].filter((entry) => entry !== null);
      const entryDeletes = [...entries].flatMap(([key, entry]) =>
        entry === null ? [keys.get(key) as [string, string]] : [],
      );
      // The search's texts, for the drafts whose text is new (a withdrawal keeps the text).
      const texts = [...draftPuts].flatMap(([key, row]) =>
        sameText(row, original.get(key)) ? [] : [row],
      );
      await Promise.all([
        db.drafts.bulkPut([...draftPuts.values()]),
        appendSearchTexts(db, texts),
        db.queueEntries.bulkPut(entryPuts),
        db.queueEntries.bulkDelete(entryDeletes),
      ]);
    },
  };
}
