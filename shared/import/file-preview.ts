/**
 * What the mapping screen shows before anything is imported (issue 4, point 2): the file's
 * format, its encoding, the field paths of its first rows and those rows themselves, read from
 * the head of the file only (a few dozen KB), so a 1 GB file previews as fast as a small one.
 *
 * A few invalid byte sequences do not stop the preview: it shows the text with U+FFFD where they
 * are, counts them, and gives each row that holds one its reasons (those rows will be reported,
 * not imported). Text mostly invalid in the encoding is refused, naming an encoding that reads it
 * when there is one. A whole file that is a broken JSON array says where it breaks; one with
 * another problem of the whole file (a CSV whose rows end in a lone CR) says which. The preview
 * is always in the encoding chosen (or detected, with how sure detection was), so the reviewer
 * sees the text before anything is checked.
 */
import { createChunkDecoder, fewInvalid } from './chunk-decoder';
import { detectEncoding, type EncodingConfidence } from './detect-encoding';
import type { TextEncodingName } from './encoding-name';
import { listFieldPaths } from './field-paths';
import { createParser, type ImportFormat } from './import-run';
import { pushDecoded } from './push-decoded';
import type { ImportProblem } from './types';

/** Bytes of the file the preview reads. */
export const PREVIEW_BYTES = 64 * 1024;
/** Rows the preview keeps. */
export const PREVIEW_ROWS = 8;
/** Rows whose field paths are collected (rows differ: a field may be missing in the first). */
const PATH_ROWS = 50;

type FilePreviewBreak = NonNullable<Extract<FilePreview, { ok: true }>['brokenAt']>;

export type FilePreview =
  | {
      ok: true;
      format: ImportFormat;
      encoding: TextEncodingName;
      /**
       * What detection found, and how sure it was (even when the reviewer chose another
       * encoding); `null` when it found none (NUL bytes, or bytes no encoding reads cleanly).
       */
      detected: {
        encoding: TextEncodingName;
        confidence: EncodingConfidence;
        alternative?: TextEncodingName;
      } | null;
      paths: string[];
      samples: Record<string, unknown>[];
      /** For each sample, the reasons of the invalid byte sequences it holds (it is not imported). */
      sampleProblems: string[][];
      /** Invalid byte sequences in the bytes previewed (shown as U+FFFD). */
      invalidSequences: number;
      /** Where the JSON breaks (see ImportResult.brokenAt), when the preview saw it. */
      brokenAt: { line: number; column: number; reason: string } | null;
      /** A problem with the whole file that means nothing of it imports as read (its reason). */
      fileProblem: string | null;
    }
  | {
      ok: false;
      format: ImportFormat;
      reason: string;
      /** An encoding that reads the start of the file without error, when one does. */
      suggestedEncoding?: TextEncodingName;
    };

/** The format a file's name says, or null when the name does not tell. */
export function formatFromName(name: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'jsonl' || extension === 'ndjson') {
    return 'jsonl';
  }
  if (extension === 'csv') {
    return 'csv';
  }
  return extension === 'json' ? 'json' : null;
}

/** A `.json` file may hold one array or (often, despite the name) one object per line. */
function formatFromText(text: string, byName: ImportFormat | null): ImportFormat {
  const first = text.trimStart()[0];
  if (byName === 'csv') {
    return 'csv';
  }
  if (first === '[') {
    return 'json';
  }
  if (first === '{') {
    return 'jsonl';
  }
  return byName ?? 'csv';
}

/**
 * Previews `head`, the first bytes of the file `name` (less than the whole file when `complete`
 * is false: the last row may then be cut off, and is not shown). `format` and `encoding` are the
 * reviewer's choices; absent, they are detected.
 */
export function previewFile(
  head: Uint8Array,
  name: string,
  options: { complete: boolean; format?: ImportFormat; encoding?: TextEncodingName },
): FilePreview {
  const byName = formatFromName(name);
  const detected = detectEncoding(head);
  const encoding = options.encoding ?? detected.encoding;
  if (encoding === null) {
    return {
      ok: false,
      format: options.format ?? byName ?? 'csv',
      reason: detected.encoding === null ? detected.reason : 'unknown encoding',
    };
  }
  const bom = detected.encoding === encoding ? detected.bom : 0;
  const decoder = createChunkDecoder(encoding, bom);
  const decoded = decoder.decode(head);
  if (options.complete) {
    const last = decoder.end();
    decoded.invalid.push(
      ...last.invalid.map((each) => ({ ...each, index: each.index + decoded.text.length })),
    );
    decoded.text += last.text;
  }
  if (!fewInvalid(decoded)) {
    const suggested = detected.encoding;
    return {
      ok: false,
      format: options.format ?? byName ?? 'csv',
      reason: `invalid ${encoding} byte sequence`,
      ...(suggested === null || suggested === encoding ? {} : { suggestedEncoding: suggested }),
    };
  }
  const format = options.format ?? formatFromText(decoded.text, byName);
  const { bom: _bom, ...found } = detected.encoding === null ? { bom: 0 } : detected;
  const records: { record: Record<string, unknown>; row: number }[] = [];
  const onRecord = (record: Record<string, unknown>, row: number) => {
    if (records.length < PATH_ROWS) {
      records.push({ record, row });
    }
  };
  const invalidByRow = new Map<number, string[]>();
  let brokenAt: FilePreviewBreak | null = null;
  let fileProblem: string | null = null;
  const onProblem = (problem: ImportProblem) => {
    if (problem.fileLevel === 'fails') {
      fileProblem ??= problem.reason;
    } else if (problem.breaksAt !== undefined) {
      brokenAt ??= { ...problem.breaksAt, reason: problem.reason };
    } else if (problem.reason.startsWith(`invalid ${encoding} byte sequence`)) {
      invalidByRow.set(problem.row, [...(invalidByRow.get(problem.row) ?? []), problem.reason]);
    }
  };
  const parser = createParser(format, onRecord, onProblem);
  pushDecoded(parser, encoding, decoded);
  if (options.complete) {
    parser.end();
  }
  const paths: string[] = [];
  const seen = new Set<string>();
  for (const { record } of records) {
    for (const path of listFieldPaths(record)) {
      if (!seen.has(path)) {
        seen.add(path);
        paths.push(path);
      }
    }
  }
  const shown = records.slice(0, PREVIEW_ROWS);
  return {
    ok: true,
    format,
    encoding,
    detected: 'encoding' in found && found.encoding !== null ? found : null,
    paths,
    samples: shown.map(({ record }) => record),
    sampleProblems: shown.map(({ row }) => invalidByRow.get(row) ?? []),
    invalidSequences: decoded.invalid.length,
    brokenAt,
    fileProblem,
  };
}
