/**
 * Importing one file into a project (issue 4): a checking pass that reports every problem and
 * writes nothing, then, when the reviewer chooses to import the valid rows, a writing pass that
 * stores them batch by batch (each batch one transaction, see import-repository.ts). Writing is
 * idempotent, so running the writing pass again on the same file after a cancel or a crash adds
 * nothing twice: it finishes what was left.
 *
 * Runs wherever it is called from; the import worker calls it so the UI thread stays free.
 */
import type { TextEncodingName } from '../../shared/import/encoding-name';
import type { FieldMapping } from '../../shared/import/field-mapping';
import {
  runImport,
  type ImportFormat,
  type ImportProgress,
  type ImportResult,
} from '../../shared/import/import-run';
import type { LoupeDatabase } from '../db/loupe-database';
import { writeImportBatch, type ImportBatchCounts } from '../db/repositories/import-repository';
import { blobChunks } from './blob-chunks';

/** Rows per transaction: DESIGN.md asks for "a few hundred". */
export const BATCH_ROWS = 500;

export interface ImportFileOptions {
  projectId: string;
  format: ImportFormat;
  encoding?: TextEncodingName;
  mapping: FieldMapping;
  /** `createdAt` of rows without one, and the time a decided draft is marked changed. */
  now: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

/** Reads the whole file, reports its problems, writes nothing. */
export function checkFile(file: Blob, options: ImportFileOptions): Promise<ImportResult> {
  return runImport(blobChunks(file), runOptions(options));
}

/** Writes the file's valid rows; the counts say what each did to the project. */
export async function writeFile(
  db: LoupeDatabase,
  file: Blob,
  options: ImportFileOptions,
): Promise<ImportResult & { counts: ImportBatchCounts }> {
  const counts: ImportBatchCounts = { added: 0, updated: 0, unchanged: 0, markedChanged: 0 };
  const result = await runImport(blobChunks(file), {
    ...runOptions(options),
    writeBatch: async (drafts) => {
      const batch = await writeImportBatch(db, options.projectId, drafts, options.now);
      counts.added += batch.added;
      counts.updated += batch.updated;
      counts.unchanged += batch.unchanged;
      counts.markedChanged += batch.markedChanged;
    },
  });
  return { ...result, counts };
}

function runOptions(options: ImportFileOptions) {
  return {
    format: options.format,
    mapping: options.mapping,
    importedAt: options.now,
    batchRows: BATCH_ROWS,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
}
