/**
 * One export, start to finish, shared by the app, the hub's API and the CLI: drafts in (in
 * export order), records built, filtered and split, the format writer(s) fed, every chunk handed
 * to the caller's sink and hashed on the way, and the manifest out. Where the bytes go (the
 * bridge's chunked save, an HTTP response, a file) is the caller's business; nothing here holds
 * a whole file in memory or reads a clock.
 *
 * File names: `data.<ext>` unsplit, `train.<ext>` and `test.<ext>` split. Every file named in the
 * manifest reaches the sink at least once (an empty chunk for an empty file), so a caller that
 * opens files on their first chunk creates them all.
 */
import type { DecisionEvent } from '../domain/decision-event';
import type { Draft } from '../domain/draft';
import type { RecordProject, ReviewerNames } from './build-record';
import { buildRecord } from './build-record';
import type { FormatWriter } from './export-writer';
import type { RecordMetrics } from './loupe-record';
import type { ExportFilters } from './export-filters';
import { matchesFilters } from './export-filters';
import { goldExclusion } from './gold-rules';
import type { ExportOrderKey } from './export-order';
import { compareExportOrder } from './export-order';
import { countExcluded, countWritten, createExportTally } from './export-tally';
import { createFileDigest } from './file-digest';
import type { FileDigest, IncrementalSha256 } from './file-digest';
import type { ExportManifest, ExportSource } from './manifest';
import { buildManifest } from './manifest';
import type { SplitName, SplitOptions } from './split';
import { splitOf, splitOptionsProblem } from './split';

/** One draft with everything its record is built from. */
export interface ExportItem {
  draft: Draft;
  events: readonly DecisionEvent[];
  project: RecordProject;
  /**
   * Edit metrics already computed for this draft's text against a final text, by final text
   * (the hub computes them on a second thread while it writes the page before). A final text
   * not in it is measured here.
   */
  metrics?: ReadonlyMap<string, RecordMetrics>;
}

export interface ExportProgress {
  /** Drafts looked at so far (written or not). */
  rows: number;
  /** Drafts the export will look at, when the caller knows. */
  total?: number;
}

/** Receives the next chunk of `fileName`; the export waits for it (backpressure). */
export type ExportSink = (fileName: string, chunk: Uint8Array) => Promise<void>;

export interface RunExportOptions {
  /** Ordered by project id, then draft id (export-order.ts); refused otherwise. */
  items: AsyncIterable<ExportItem> | Iterable<ExportItem>;
  /**
   * A fresh writer per data file: no split for `data.*`, else one for each split. The writers
   * must be made with the same `includeAll` the filters ask for where the format honours it
   * (`includesNonGold(filters, format)`), since they apply the gold rules too.
   */
  createWriter: (split?: SplitName) => FormatWriter;
  sink: ExportSink;
  filters: ExportFilters;
  /** Absent: one unsplit file. */
  split?: SplitOptions;
  appVersion: string;
  source: ExportSource;
  names?: ReviewerNames;
  total?: number;
  /** Called after every draft; throttle in the caller if it repaints or crosses a process. */
  onProgress?: (progress: ExportProgress) => void;
  /** Aborting rejects the export with the signal's reason; the caller discards partial files. */
  signal?: AbortSignal;
  /** Count drafts outside the filters as `filtered` in the manifest (off by default). */
  countFiltered?: boolean;
  /**
   * A fresh streaming SHA-256 per file, for callers with a faster one (Node:
   * `() => createHash('sha256')`); the pure-JavaScript one otherwise. The digest is the same.
   */
  createSha256?: () => IncrementalSha256;
}

interface OpenFile {
  name: string;
  writer: FormatWriter;
  digest: FileDigest;
  reachedSink: boolean;
}

function openFiles(options: RunExportOptions): Map<SplitName | 'data', OpenFile> {
  const open = (split?: SplitName): OpenFile => {
    const writer = options.createWriter(split);
    return {
      name: `${split ?? 'data'}.${writer.extension}`,
      writer,
      digest: createFileDigest(options.createSha256?.()),
      reachedSink: false,
    };
  };
  if (options.split === undefined) {
    return new Map([['data', open()]]);
  }
  return new Map([
    ['train', open('train')],
    ['test', open('test')],
  ]);
}

async function emit(file: OpenFile, chunks: readonly Uint8Array[], sink: ExportSink) {
  for (const chunk of chunks) {
    file.digest.update(chunk);
    file.reachedSink = true;
    await sink(file.name, chunk);
  }
}

function checkOrder(previous: ExportOrderKey | undefined, current: ExportOrderKey): void {
  if (previous !== undefined && compareExportOrder(previous, current) >= 0) {
    throw new Error(
      `Export items must come by project id, then draft id, each once: ` +
        `${current.project}/${current.id} came after ${previous.project}/${previous.id}`,
    );
  }
}

/** Runs the export; resolves to its manifest once every file has been handed to the sink. */
export async function runExport(options: RunExportOptions): Promise<ExportManifest> {
  const { filters, split, sink, signal } = options;
  const splitProblem = split === undefined ? undefined : splitOptionsProblem(split);
  if (splitProblem !== undefined) {
    throw new RangeError(`Export split: ${splitProblem}`);
  }
  const files = openFiles(options);
  const format = [...files.values()][0]?.writer.format;
  if (format === undefined || [...files.values()].some((file) => file.writer.format !== format)) {
    throw new Error('Export writers must all write one format');
  }
  const tally = createExportTally();
  let previous: ExportOrderKey | undefined;
  let rows = 0;

  signal?.throwIfAborted();
  for await (const item of options.items) {
    signal?.throwIfAborted();
    if (item.draft.projectId !== item.project.id) {
      throw new Error(`Draft ${item.draft.id} is not in project ${item.project.id}`);
    }
    const key = { project: item.project.id, id: item.draft.id };
    checkOrder(previous, key);
    previous = key;

    const record = buildRecord(item.draft, item.events, item.project, options.names, item.metrics);
    const notGold = goldExclusion(record, format, filters);
    if (!matchesFilters(record, filters)) {
      if (options.countFiltered === true) {
        countExcluded(tally, 'filtered');
      }
    } else if (notGold !== undefined) {
      countExcluded(tally, notGold);
    } else {
      if (split !== undefined) {
        record.split = splitOf(record.id, split);
      }
      const file = files.get(record.split ?? 'data');
      if (file === undefined) {
        throw new Error('unreachable: a file per split');
      }
      const written = file.writer.write(record);
      if ('excluded' in written) {
        countExcluded(tally, written.excluded);
      } else {
        await emit(file, written.chunks, sink);
        countWritten(tally, record);
      }
    }
    rows += 1;
    options.onProgress?.({
      rows,
      ...(options.total !== undefined ? { total: options.total } : {}),
    });
  }

  signal?.throwIfAborted();
  for (const file of files.values()) {
    await emit(file, file.writer.finish(), sink);
    if (!file.reachedSink) {
      file.reachedSink = true;
      await sink(file.name, new Uint8Array(0));
    }
  }
  return buildManifest({
    format,
    appVersion: options.appVersion,
    source: options.source,
    filters,
    ...(split !== undefined ? { split } : {}),
    tally,
    countedFiltered: options.countFiltered === true,
    files: [...files.values()].map((file) => ({ name: file.name, ...file.digest.digest() })),
  });
}
