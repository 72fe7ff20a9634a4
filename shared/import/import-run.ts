/**
 * One pass over an import file, from bytes to checked drafts: detect (or take) the encoding,
 * decode chunk by chunk, parse by format, map and check each record, drop ids seen earlier in the
 * file, and hand the valid drafts on in batches (DESIGN.md: chunks of a few hundred rows, each
 * its own transaction). Progress after every input chunk; cancel through an AbortSignal, checked
 * between chunks and batches. The file is never whole in memory.
 *
 * An invalid byte sequence is a problem of the row that holds it (with its byte offset), and that
 * row is left out; a JSON array that breaks off or goes on after its end fails the whole file,
 * saying where it breaks, and its whole items before the break are counted, never a cut one.
 * A problem with the file as a whole (ImportProblem.fileLevel) is reported but not counted as a
 * row read; one that `fails` (a CSV whose rows end in a lone CR, read as LF) imports nothing.
 *
 * The import screen runs it twice: a checking pass with no writer (the report), then, if the
 * reviewer chooses to import the valid rows, a writing pass.
 */
import type { DraftInput } from '../domain/draft-schema';
import { createCsvParser } from './csv-parser';
import { createChunkDecoder, type DecodedText } from './chunk-decoder';
import { detectEncoding } from './detect-encoding';
import type { TextEncodingName } from './encoding-name';
import type { FieldMapping } from './field-mapping';
import { createJsonArrayParser } from './json-array-parser';
import { createJsonlParser } from './jsonl-parser';
import { pushDecoded } from './push-decoded';
import { createDuplicateIdCheck, recordToDraft } from './record-to-draft';
import type { ImportProblem, TextStreamParser } from './types';

/** `csv-cr`: CSV whose rows end in a lone CR (old Mac and spreadsheet exports). */
export type ImportFormat = 'jsonl' | 'json' | 'csv' | 'csv-cr';

/** Bytes looked at to detect the encoding (a BOM, or enough text to tell UTF-8 from Big5). */
const DETECT_BYTES = 64 * 1024;
/** Problems kept for the report; beyond it they are only counted (a 1 GB file of bad rows). */
export const MAX_KEPT_PROBLEMS = 10_000;

export interface ImportProgress {
  bytesRead: number;
  rowsRead: number;
  rowsValid: number;
  problemCount: number;
  /** Valid rows stored so far (a writing pass; progress is also reported after each batch). */
  rowsWritten?: number;
}

export interface ImportRunOptions {
  format: ImportFormat;
  /** Chosen by the reviewer; detected from the file when absent. */
  encoding?: TextEncodingName;
  mapping: FieldMapping;
  /** `createdAt` of rows that have none. */
  importedAt: string;
  /** Valid drafts per `writeBatch` call. */
  batchRows: number;
  /** Stores one batch (one transaction); absent for a checking pass. */
  writeBatch?: (drafts: DraftInput[]) => Promise<void>;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface ImportResult extends ImportProgress {
  /** `failed`: the file could not be read as text at all (see `failure`). */
  state: 'done' | 'cancelled' | 'failed';
  encoding: TextEncodingName | null;
  /** The first MAX_KEPT_PROBLEMS problems, in file order. */
  problems: ImportProblem[];
  failure?: string;
  /**
   * Set when the file is a JSON array that is not valid JSON (or not an array): where it breaks,
   * 1-based, and why. The state is then `failed`: such a file is not imported at all.
   */
  brokenAt?: { line: number; column: number; reason: string };
  /** Valid drafts handed to `writeBatch` (all of them unless cancelled). */
  rowsWritten: number;
}

export function createParser(
  format: ImportFormat,
  onRecord: (record: Record<string, unknown>, row: number, invalidBytes: boolean) => void,
  onProblem: (problem: ImportProblem) => void,
): TextStreamParser {
  if (format === 'csv' || format === 'csv-cr') {
    return createCsvParser(onRecord, onProblem, undefined, { loneCrEndsRow: format === 'csv-cr' });
  }
  return format === 'json'
    ? createJsonArrayParser(onRecord, onProblem)
    : createJsonlParser(onRecord, onProblem);
}

/** Reads `chunks` (the file, in order) once; see the module comment. */
export async function runImport(
  chunks: AsyncIterable<Uint8Array>,
  options: ImportRunOptions,
): Promise<ImportResult> {
  const progress: ImportProgress = { bytesRead: 0, rowsRead: 0, rowsValid: 0, problemCount: 0 };
  const problems: ImportProblem[] = [];
  const addProblem = (problem: ImportProblem) => {
    progress.problemCount += 1;
    if (problems.length < MAX_KEPT_PROBLEMS) {
      problems.push(problem);
    }
  };
  const seenId = createDuplicateIdCheck(options.mapping.id ?? 'id');
  // A function, not a property read: TypeScript would otherwise assume it cannot change.
  const cancelled = () => options.signal?.aborted === true;
  let batch: DraftInput[] = [];
  let rowsWritten = 0;
  let encoding: TextEncodingName | null = options.encoding ?? null;
  let brokenAt: ImportResult['brokenAt'];
  /** The first problem with the whole file that means nothing of it is imported. */
  let fileFailure: string | undefined;
  /** The last row counted in rowsRead: a row with several problems is one row. */
  let lastRow = 0;

  const parser = createParser(
    options.format,
    (record, row, invalidBytes) => {
      if (row !== lastRow) {
        progress.rowsRead += 1;
        lastRow = row;
      }
      if (invalidBytes) {
        return; // its problems are reported: text that is not what the file says is not stored
      }
      const outcome = recordToDraft(record, row, options.mapping, options.importedAt);
      if (!outcome.ok) {
        outcome.problems.forEach(addProblem);
        return;
      }
      const duplicate = seenId(outcome.draft.id, row);
      if (duplicate !== null) {
        addProblem(duplicate);
        return;
      }
      // Spans that do not fit the draft are reported; the draft is imported without them.
      outcome.notes.forEach(addProblem);
      progress.rowsValid += 1;
      batch.push(outcome.draft);
    },
    (problem) => {
      if (problem.breaksAt !== undefined) {
        // The file as a whole, not a row; the first break is where it stops being valid.
        brokenAt ??= { ...problem.breaksAt, reason: problem.reason };
      } else if (problem.fileLevel !== undefined) {
        // Not a row: the header row, or the way the whole file is written.
        if (problem.fileLevel === 'fails') {
          fileFailure ??= problem.reason;
        }
      } else if (problem.row !== lastRow) {
        // A row the parser could not read at all (invalid JSON, wrong field count) is a row too.
        progress.rowsRead += 1;
        lastRow = problem.row;
      }
      addProblem(problem);
    },
  );

  const flush = async (all: boolean) => {
    if (fileFailure !== undefined) {
      batch = []; // nothing of a file that fails is stored, not even rows read before it failed
      return;
    }
    while (batch.length >= options.batchRows || (all && batch.length > 0)) {
      const next = batch.slice(0, options.batchRows);
      batch = batch.slice(next.length);
      if (options.writeBatch !== undefined) {
        if (cancelled()) {
          return;
        }
        await options.writeBatch(next);
        rowsWritten += next.length;
        // A chunk of the file can hold thousands of rows: say how far the writing is per batch.
        options.onProgress?.({ ...progress, rowsWritten });
      } else {
        rowsWritten += next.length;
      }
    }
  };

  const result = (state: ImportResult['state'], failure?: string): ImportResult => ({
    ...progress,
    state,
    encoding,
    problems,
    rowsWritten,
    ...(failure === undefined ? {} : { failure }),
    ...(brokenAt === undefined ? {} : { brokenAt }),
  });

  /** Decoded text to the parser (only once the encoding is known). */
  const push = (decoded: DecodedText) => pushDecoded(parser, encoding ?? 'utf-8', decoded);

  type Decoder = ReturnType<typeof createChunkDecoder>;
  let decoder: Decoder | null = null;
  let head: Uint8Array[] = [];
  let headBytes = 0;
  /** Detects (or takes) the encoding from the bytes held so far and decodes them. */
  const startDecoding = (): { decoder: Decoder } | { failure: string } => {
    const bytes = new Uint8Array(headBytes);
    let at = 0;
    for (const part of head) {
      bytes.set(part, at);
      at += part.length;
    }
    head = [];
    const detected = detectEncoding(bytes);
    const chosen = encoding ?? detected.encoding;
    if (chosen === null) {
      return { failure: detected.encoding === null ? detected.reason : 'unknown encoding' };
    }
    encoding = chosen;
    const started = createChunkDecoder(chosen, detected.encoding === chosen ? detected.bom : 0);
    push(started.decode(bytes));
    return { decoder: started };
  };

  for await (const chunk of chunks) {
    if (cancelled()) {
      return result('cancelled');
    }
    progress.bytesRead += chunk.length;
    if (decoder !== null) {
      push(decoder.decode(chunk));
    } else {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= DETECT_BYTES) {
        const started = startDecoding();
        if ('failure' in started) {
          return result('failed', started.failure);
        }
        decoder = started.decoder;
      }
    }
    await flush(false);
    options.onProgress?.({ ...progress });
  }
  if (decoder === null) {
    const started = startDecoding();
    if ('failure' in started) {
      return result('failed', started.failure);
    }
    decoder = started.decoder;
  }
  push(decoder.end());
  parser.end();
  if (cancelled()) {
    return result('cancelled');
  }
  if (brokenAt !== undefined) {
    return result('failed', brokenFailure(brokenAt));
  }
  if (fileFailure !== undefined) {
    return result('failed', fileFailure);
  }
  await flush(true);
  options.onProgress?.({ ...progress });
  return result(cancelled() ? 'cancelled' : 'done');
}

const NOT_AN_ARRAY = 'not a JSON array (expected [ at the start)';

/**
 * Whether a file that breaks (see ImportResult.brokenAt) is not valid JSON from that point on,
 * rather than not a JSON array at all (which may well be valid JSON, one object for instance).
 */
export function breaksAsInvalidJson(brokenAt: { reason: string }): boolean {
  return brokenAt.reason !== NOT_AN_ARRAY;
}

/** The failure of a file that breaks: not an array at all, or not valid JSON from a point on. */
function brokenFailure(brokenAt: NonNullable<ImportResult['brokenAt']>): string {
  return breaksAsInvalidJson(brokenAt)
    ? `not valid JSON: it breaks at line ${brokenAt.line}, column ${brokenAt.column}`
    : NOT_AN_ARRAY;
}
