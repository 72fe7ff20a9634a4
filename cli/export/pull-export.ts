/**
 * One run of `loupe-export`: the manifest first (it fixes the hub's cursor `seq`), then each
 * file it lists, asked for with `upTo=<seq>` so every file is of that same snapshot, checked
 * against the manifest, and `manifest.json` last, as the hub wrote it. Files land in DIR only
 * once complete and verified.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FULL_RECORD_FORMATS, type ExportFormat } from '../../shared/export';
import { downloadFile } from './download-file';
import { CliError, EXIT } from './exit-codes';
import { fetchManifest, type HubTarget } from './hub-requests';
import { createProgress } from './progress';
import { manifestSummary } from './summary';

export interface PullExportOptions {
  target: HubTarget;
  format: ExportFormat;
  /** Filters, split and after, as the hub's query (export-query.ts). */
  query: URLSearchParams;
  dir: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** JSON Lines formats write one record a line, so lines count rows; CSV and Parquet do not. */
const countsRows = (format: ExportFormat) => !FULL_RECORD_FORMATS.has(format) || format === 'loupe';

export async function pullExport(options: PullExportOptions): Promise<void> {
  const { target, format, query, dir } = options;
  options.err(`Asking ${target.url} for the manifest (the hub runs the export once to hash it)…`);
  const { manifest, text } = await fetchManifest(target, format, query);
  if (manifest.format !== format || manifest.source.kind !== 'hub') {
    throw new CliError('the hub sent a manifest of another export', EXIT.integrity);
  }
  const seq = manifest.source.seq;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot create ${dir}: ${(error as Error).message}`, EXIT.other);
  }
  const progress = createProgress({ write: options.err });
  for (const file of manifest.files) {
    const fileQuery = new URLSearchParams(query);
    const split = file.name.split('.')[0];
    if (split === 'train' || split === 'test') {
      fileQuery.set('file', split);
    }
    fileQuery.set('upTo', String(seq));
    await downloadFile({
      target,
      path: `/v1/exports/${encodeURIComponent(format)}?${fileQuery.toString()}`,
      dir,
      expected: file,
      seq,
      countRows: countsRows(format),
      progress: progress.file(file.name, file.bytes),
    });
  }
  const manifestFile = join(dir, 'manifest.json');
  try {
    await writeFile(`${manifestFile}.partial`, text);
    await rename(`${manifestFile}.partial`, manifestFile);
  } catch (error) {
    throw new CliError(`cannot write ${manifestFile}: ${(error as Error).message}`, EXIT.other);
  }
  for (const line of manifestSummary(manifest, dir)) {
    options.out(line);
  }
}
