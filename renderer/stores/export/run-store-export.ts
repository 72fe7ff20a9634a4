/**
 * One export over the local store (issue 13 points 1 and 3): the chosen projects' drafts and
 * events in export order, through the shared export core (`runExport`) and the format's writer,
 * every chunk handed to `onChunk`. The same function makes the dialog's preview (chunks
 * dropped, counts kept) and the export itself, so what the preview says is what gets written.
 * Runs in the export worker, or on the page where there is none (jsdom tests).
 */
import type {
  ExportFilters,
  ExportFormat,
  ExportItem,
  ExportManifest,
  SplitOptions,
} from '../../../shared/export';
import { includesNonGold, labelColumnsOf, runExport } from '../../../shared/export';
import { createFormatWriter } from '../../../shared/export/formats';
import type { LoupeDatabase } from '../../db/loupe-database';
import {
  countExportDrafts,
  describeLocalSnapshot,
  readExportItems,
  readHubSource,
  readReviewerNames,
} from '../../db/repositories/export-items-repository';
import { listProjects } from '../../db/repositories/projects-repository';

/** What to export: everything the dialog decided, as plain data (it crosses to the worker). */
export interface StoreExportRequest {
  format: ExportFormat;
  /** `projects` empty or absent: every project in the store. */
  filters: ExportFilters;
  split?: SplitOptions;
  appVersion: string;
}

export interface StoreExportHooks {
  /** The next chunk of `fileName`; the export waits for it. */
  onChunk: (fileName: string, chunk: Uint8Array) => Promise<void>;
  onProgress?: (rows: number, total: number) => void;
  /** Sees every item read, before the export looks at it (the dialog's filter values). */
  onItem?: (item: ExportItem) => void;
  signal?: AbortSignal;
}

/** Runs the export; resolves to its manifest (without `manifest.json`, which the caller writes). */
export async function runStoreExport(
  db: LoupeDatabase,
  request: StoreExportRequest,
  hooks: StoreExportHooks,
): Promise<ExportManifest> {
  const { filters, format } = request;
  const wanted = filters.projects ?? [];
  const projects = (await listProjects(db)).filter(
    (project) => wanted.length === 0 || wanted.includes(project.id),
  );
  // Chosen as on the hub (projects by id in code units): the same columns whatever the locale.
  const labels = labelColumnsOf(projects);
  const names = await readReviewerNames(db);
  const hubSource = await readHubSource(db);
  const total = await countExportDrafts(
    db,
    projects.map((project) => project.id),
  );

  // The local snapshot is described by the data read, never by the clock (same data, same bytes).
  let events = 0;
  let latestAt: string | undefined;
  async function* counted() {
    for await (const item of readExportItems(db, projects)) {
      for (const event of item.events) {
        events += 1;
        if (latestAt === undefined || event.clientTime > latestAt) {
          latestAt = event.clientTime;
        }
      }
      hooks.onItem?.(item);
      yield item;
    }
  }

  const manifest = await runExport({
    items: counted(),
    createWriter: () =>
      createFormatWriter(format, { includeAll: includesNonGold(filters, format), labels }),
    sink: hooks.onChunk,
    filters,
    ...(request.split !== undefined ? { split: request.split } : {}),
    appVersion: request.appVersion,
    source: hubSource ?? { kind: 'local', snapshot: '' },
    names: (id) => names.get(id),
    total,
    countFiltered: true,
    onProgress: ({ rows }) => hooks.onProgress?.(rows, total),
    ...(hooks.signal !== undefined ? { signal: hooks.signal } : {}),
  });
  return hubSource !== undefined
    ? manifest
    : { ...manifest, source: { kind: 'local', snapshot: describeLocalSnapshot(events, latestAt) } };
}
