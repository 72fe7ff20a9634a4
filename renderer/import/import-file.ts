/**
 * Importing one file into a project (issue 4): a checking pass that reports every problem and
 * writes nothing, then, when the reviewer chooses to import the valid rows, a writing pass that
 * stores them batch by batch (each batch one transaction, see import-repository.ts) under an
 * import job (import-jobs-repository.ts). Writing is idempotent, so running the writing pass
 * again on the same file after a cancel or a crash adds nothing twice: it finishes what was left.
 *
 * Takes the file as a stream of byte chunks, so it runs the same in the import worker (the app)
 * and on the page (tests, and where no worker can start).
 */
import type { TextEncodingName } from '../../shared/import/encoding-name';
import type { FieldMapping } from '../../shared/import/field-mapping';
import {
  runImport,
  type ImportFormat,
  type ImportProgress,
  type ImportResult,
} from '../../shared/import/import-run';
import type { ImportJobCounts } from '../db/import-job-row';
import type { LoupeDatabase } from '../db/loupe-database';
import {
  endImportJob,
  getImportJob,
  startImportJob,
} from '../db/repositories/import-jobs-repository';
import { projectIsEmpty, writeImportBatch } from '../db/repositories/import-repository';

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

export interface WriteFileOptions extends ImportFileOptions {
  /** The job this pass belongs to; the same id again resumes it (see the module comment). */
  importId: string;
  fileName: string;
  fileSize: number;
}

export type WriteResult = ImportResult & { counts: ImportJobCounts };

/** Reads the whole file, reports its problems, writes nothing. */
export function checkFile(
  chunks: AsyncIterable<Uint8Array>,
  options: ImportFileOptions,
): Promise<ImportResult> {
  return runImport(chunks, runOptions(options));
}

/** Writes the file's valid rows under its job; the counts say what this pass did. */
export async function writeFile(
  db: LoupeDatabase,
  chunks: AsyncIterable<Uint8Array>,
  options: WriteFileOptions,
): Promise<WriteResult> {
  const { importId } = options;
  const existing = await getImportJob(db, importId);
  // A new import into an empty project writes without looking for drafts it could replace.
  const fresh = existing === undefined && (await projectIsEmpty(db, options.projectId));
  // A resumed job keeps what it added before (for "remove what it added"); its row count
  // starts again, since this pass reads the file from the start.
  await startImportJob(db, {
    importId,
    projectId: options.projectId,
    fileName: options.fileName,
    fileSize: options.fileSize,
    format: options.format,
    encoding: options.encoding ?? existing?.encoding ?? null,
    mapping: options.mapping,
    state: 'running',
    rowsWritten: 0,
    counts: existing?.counts ?? { added: 0, updated: 0, unchanged: 0, markedChanged: 0 },
    startedAt: existing?.startedAt ?? options.now,
    updatedAt: options.now,
  });
  const counts: ImportJobCounts = { added: 0, updated: 0, unchanged: 0, markedChanged: 0 };
  let result: ImportResult;
  try {
    result = await runImport(chunks, {
      ...runOptions(options),
      writeBatch: async (drafts) => {
        const batch = await writeImportBatch(db, options.projectId, drafts, options.now, importId, {
          fresh,
        });
        counts.added += batch.added;
        counts.updated += batch.updated;
        counts.unchanged += batch.unchanged;
        counts.markedChanged += batch.markedChanged;
      },
    });
  } catch (error) {
    await endImportJob(db, importId, 'failed', new Date().toISOString(), String(error));
    throw error;
  }
  await endImportJob(db, importId, result.state, new Date().toISOString(), result.failure);
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
