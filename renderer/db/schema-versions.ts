/**
 * Every schema version the app has shipped, oldest first (DESIGN.md, Local store).
 *
 * A released entry is never edited: change the schema by appending a version. Each data migration
 * is a named, dated function that can safely run twice (see migrations/).
 */
import type { Transaction } from 'dexie';
import { backfillDraftStatus } from './migrations/2026-11-28-backfill-draft-status';
import { buildQueueEntries } from './migrations/2026-11-28-build-queue-entries';
import { backfillOutboxProjects } from './migrations/2026-12-07-backfill-outbox-projects';
import { fillSearchSegments } from './migrations/2026-12-07-fill-search-segments';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; only tables whose keys or indexes change need to be listed again. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // 2026-11-28: first schema.
    version: 1,
    stores: {
      projects: 'id',
      drafts: '[projectId+id], projectId, model.name, priority',
      events: 'eventId, [draftId+deviceSeq], seq',
      draftState: '[projectId+draftId]',
      outbox: 'eventId, [state+deviceSeq]',
      editBuffers: '[projectId+draftId]',
      meta: 'key',
    },
  },
  {
    // 2026-11-28: drafts indexed by status, backfilled from the draft state.
    version: 2,
    stores: {
      drafts: '[projectId+id], projectId, status, model.name, priority',
    },
    upgrade: backfillDraftStatus,
  },
  {
    // 2026-11-28: the review loop. Events are found per draft within its project (draft ids are
    // unique only per project) and per device in order (undo walks this device's decisions
    // backwards); the queue filters a project's drafts by status.
    version: 3,
    stores: {
      drafts: '[projectId+id], projectId, status, [projectId+status], model.name, priority',
      events: 'eventId, [projectId+draftId], [deviceId+deviceSeq], seq',
    },
  },
  {
    // 2026-11-28: queue entries, the few fields of each draft the queue list shows, in queue
    // order (and per status in queue order, for "first pending"), so a queue of 100k drafts opens
    // without reading the draft bodies.
    version: 4,
    stores: {
      queueEntries:
        '[projectId+draftId], [projectId+rank+createdAt+draftId], [projectId+status+rank+createdAt+draftId]',
    },
    upgrade: buildQueueEntries,
  },
  {
    // 2026-11-28: import jobs, so an import interrupted by a crash or a closed window is offered
    // on the next start ("choose the file again to finish" or "remove what it added").
    version: 5,
    stores: {
      imports: 'importId, projectId, state',
    },
  },
  {
    // 2026-12-07: sync with the team hub (SYNC.md). The records pulled from the hub, by `seq`;
    // outbox rows know their project, since a local-only project's decisions wait until it is
    // published (backfilled from the events), and are looked up by state per project.
    version: 6,
    stores: {
      hubLog: 'seq, recordId',
      outbox: 'eventId, [state+deviceSeq], [projectId+state]',
    },
    upgrade: backfillOutboxProjects,
  },
  {
    // 2026-12-07 (issue 12): the queue shows two lines of each draft as written, line breaks
    // folded, and keeps file order among drafts created at the same time (`arrival`, before
    // the id: `b1-2` before `b1-10`); every queue entry is built again from its draft (the v4
    // migration, idempotent). Drafts stored before keep no arrival and sort as before. (Dropping
    // the drafts indexes no query seems to use broke publishing to a hub in the sync e2e; kept
    // until the reader is found.)
    version: 7,
    stores: {
      queueEntries:
        '[projectId+draftId], [projectId+rank+createdAt+arrival+draftId], [projectId+status+rank+createdAt+arrival+draftId]',
    },
    upgrade: buildQueueEntries,
  },
  {
    // 2026-12-07 (issue 12 point 22): drafts lose the indexes no query reads (`projectId`,
    // `[projectId+status]`, `model.name`, `priority`); every import paid to write them. A
    // project's drafts are read through the primary key `[projectId+id]`, its queue through
    // `queueEntries`. The drafts themselves are untouched (an index change, no data migration).
    // What hung the sync e2e when v7 first tried this was the test's own raw IndexedDB read
    // through `index('projectId')`, which threw inside a callback and never settled.
    version: 8,
    stores: {
      drafts: '[projectId+id], status',
    },
  },
  {
    // 2026-12-07 (issue 12 point 13): the queue search's folded texts, stored beside the drafts
    // in packed segments (search-segment-row.ts) and written with every draft write, so the
    // first search after a 100k-draft queue opens reads ~100 rows of text, not 100k drafts.
    // Filled for the drafts already stored.
    version: 9,
    stores: {
      searchSegments: '[projectId+segment]',
    },
    upgrade: fillSearchSegments,
  },
  {
    // 2026-12-08 (issue 14 points 4, 10): the edit rate of every edit event the lead's
    // statistics have computed, by `editRateKey` (the event and the length of the text it
    // edited). An event never changes, so a rate is computed once per machine, not once per
    // opening of the statistics (~100 µs an edit: seconds for a team's history). Packed, a run's
    // new rates to a row (edit-rate-batch-row.ts): in Chromium, 23k rows of one rate took ~6.7 s
    // to write and ~0.4 s to read, one row of 23k rates ~0.08 s and ~0.04 s. Starts empty: the
    // first statistics run fills it.
    version: 10,
    stores: {
      editRates: '++batch',
    },
  },
];

/** The version this build of the app opens. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
