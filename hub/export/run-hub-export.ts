/**
 * The hub's exports through the shared orchestrator (`runExport`) and the same format writers
 * as the app and the CLI: one data file streamed to a response, or the manifest of the whole
 * set. Both read the same snapshot (export-snapshot.ts) page by page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type {
  ExportFormat,
  ExportManifest,
  ExportSink,
  FormatWriter,
  SplitName,
} from '../../shared/export';
import { includesNonGold, runExport } from '../../shared/export';
import { createFormatWriter } from '../../shared/export/formats';
import { labelColumnsOf } from '../../shared/export/label-columns';
import type { HubStorage } from '../storage/storage';
import { exportItems } from './export-items';
import type { ExportRequest } from './export-request';
import type { ExportSnapshot } from './export-snapshot';

/** The version written into manifests: the package's, as the app writes its own. */
export const HUB_APP_VERSION: string = (() => {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();

const JSON_LINES = 'application/x-ndjson';

/** The Content-Type a format's files are sent with. */
export function contentTypeOf(format: ExportFormat): string {
  switch (format) {
    case 'csv':
      return 'text/csv; charset=utf-8';
    case 'parquet':
      return 'application/vnd.apache.parquet';
    default:
      return JSON_LINES;
  }
}

/** A writer for `request` over the snapshot's projects (CSV and Parquet take their labels). */
export function writerFor(request: ExportRequest, snapshot: ExportSnapshot): FormatWriter {
  return createFormatWriter(request.format, {
    includeAll: includesNonGold(request.filters, request.format),
    labels: labelColumnsOf(snapshot.projects.values()),
  });
}

/** Takes every record and writes nothing: the split file nobody asked for in this request. */
function discardingWriter(like: FormatWriter): FormatWriter {
  return {
    format: like.format,
    extension: like.extension,
    write: () => ({ chunks: [] }),
    finish: () => [],
  };
}

/** Hashes nothing: a data file's request sends the bytes; only the manifest needs digests. */
const skipDigest = () => ({ update: () => undefined, digest: () => new Uint8Array(32) });

function runOn(
  storage: HubStorage,
  snapshot: ExportSnapshot,
  request: ExportRequest,
  createWriter: (split?: SplitName) => FormatWriter,
  sink: ExportSink,
  signal?: AbortSignal,
  digests = true,
): Promise<ExportManifest> {
  return runExport({
    items: exportItems(storage, snapshot),
    createWriter,
    sink,
    filters: request.filters,
    ...(request.split !== undefined ? { split: request.split } : {}),
    appVersion: HUB_APP_VERSION,
    source: {
      kind: 'hub',
      seq: snapshot.seq,
      ...(snapshot.after !== undefined ? { after: snapshot.after } : {}),
    },
    names: (id) => snapshot.names.get(id),
    total: snapshot.keys.length,
    // As the app's export does: drafts of the chosen projects outside the other filters.
    countFiltered: true,
    ...(signal !== undefined ? { signal } : {}),
    createSha256: digests ? () => createHash('sha256') : skipDigest,
  });
}

/**
 * The manifest of the export, with the size and SHA-256 of every file. Its cost is that of
 * the export itself: every draft of the snapshot is read, every record built and every file
 * written and hashed (then thrown away) — the bytes must exist to be hashed. Only one page of
 * drafts and a writer's buffer (a Parquet row group) are in memory at a time.
 */
export function exportManifest(
  storage: HubStorage,
  snapshot: ExportSnapshot,
  request: ExportRequest,
  signal?: AbortSignal,
): Promise<ExportManifest> {
  return runOn(
    storage,
    snapshot,
    request,
    () => writerFor(request, snapshot),
    () => Promise.resolve(),
    signal,
  );
}

/**
 * Writes the one file `request.file` names to `write`, chunk by chunk, waiting for each
 * (backpressure). The other split's records go to a writer that discards them, so only the
 * file asked for is encoded.
 */
export async function exportFile(
  storage: HubStorage,
  snapshot: ExportSnapshot,
  request: ExportRequest,
  wanted: FormatWriter,
  write: (chunk: Uint8Array) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const fileName = `${request.file}.${wanted.extension}`;
  await runOn(
    storage,
    snapshot,
    request,
    (split) => ((split ?? 'data') === request.file ? wanted : discardingWriter(wanted)),
    async (name, chunk) => {
      if (name === fileName && chunk.byteLength > 0) {
        await write(chunk);
      }
    },
    signal,
    false,
  );
}
