/** The local database: a typed Dexie subclass over the numbered schema versions. */
import Dexie, { type Table } from 'dexie';
import type {
  DraftRow,
  DraftStateRow,
  EditBufferRow,
  EventRow,
  HubLogRow,
  MetaRow,
  OutboxRow,
  ProjectRow,
  QueueEntryRow,
} from './rows';
import type { EditRateBatchRow } from './edit-rate-batch-row';
import type { ImportJobRow } from './import-job-row';
import type { SearchSegmentRow } from './search-segment-row';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';

export const DEFAULT_DATABASE_NAME = 'loupe';

export interface LoupeDatabaseOptions {
  name?: string;
  /** Open an older schema (migration tests); defaults to the current one. */
  version?: number;
  /**
   * Another window wants to upgrade or delete the database. We have closed our connection and
   * must not reopen it with the old schema, so the UI should ask the user to reload.
   */
  onVersionChange?: () => void;
}

export class LoupeDatabase extends Dexie {
  // `declare` keeps class-field semantics from overwriting the tables Dexie assigns.
  declare projects: Table<ProjectRow, string>;
  declare drafts: Table<DraftRow, [string, string]>;
  declare queueEntries: Table<QueueEntryRow, [string, string]>;
  declare events: Table<EventRow, string>;
  declare draftState: Table<DraftStateRow, [string, string]>;
  declare outbox: Table<OutboxRow, string>;
  declare editBuffers: Table<EditBufferRow, [string, string]>;
  declare meta: Table<MetaRow, MetaRow['key']>;
  declare imports: Table<ImportJobRow, string>;
  declare hubLog: Table<HubLogRow, number>;
  declare searchSegments: Table<SearchSegmentRow, [string, number]>;
  declare editRates: Table<EditRateBatchRow, number>;

  /** The schema version this instance declares (not necessarily what is on disk yet). */
  readonly schemaVersion: number;

  constructor(options: LoupeDatabaseOptions = {}) {
    // 'strict' makes Chromium flush a transaction to disk before reporting success, so "Saved"
    // means saved even after a power cut (DESIGN.md, Local store).
    super(options.name ?? DEFAULT_DATABASE_NAME, { chromeTransactionDurability: 'strict' });
    this.schemaVersion = options.version ?? CURRENT_SCHEMA_VERSION;
    for (const entry of SCHEMA_VERSIONS) {
      if (entry.version > this.schemaVersion) {
        break;
      }
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) {
        version.upgrade(entry.upgrade);
      }
    }
    const onVersionChange = options.onVersionChange;
    this.on('versionchange', () => {
      // Dexie's default handler closes with auto-open on, which would silently reopen the old
      // schema on the next query. Close for good and let the user reload instead.
      this.close({ disableAutoOpen: true });
      onVersionChange?.();
      return false;
    });
  }
}
