/**
 * What the mapping screen shows before anything is imported (issue 4, point 2): the file's
 * format, its encoding, the field paths of its first rows and those rows themselves, read from
 * the head of the file only (a few dozen KB), so a 1 GB file previews as fast as a small one.
 */
import { createCsvParser } from './csv-parser';
import { detectEncoding } from './encoding';
import type { TextEncodingName } from './encoding-name';
import { listFieldPaths } from './field-paths';
import type { ImportFormat } from './import-run';
import { createJsonArrayParser } from './json-array-parser';
import { createJsonlParser } from './jsonl-parser';

/** Bytes of the file the preview reads. */
export const PREVIEW_BYTES = 64 * 1024;
/** Rows the preview keeps. */
export const PREVIEW_ROWS = 8;
/** Rows whose field paths are collected (rows differ: a field may be missing in the first). */
const PATH_ROWS = 50;

export type FilePreview =
  | {
      ok: true;
      format: ImportFormat;
      encoding: TextEncodingName;
      paths: string[];
      samples: Record<string, unknown>[];
    }
  | { ok: false; format: ImportFormat; reason: string };

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
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(head.subarray(bom), {
      stream: !options.complete,
    });
  } catch {
    return {
      ok: false,
      format: options.format ?? byName ?? 'csv',
      reason: `invalid ${encoding} byte sequence`,
    };
  }
  const format = options.format ?? formatFromText(text, byName);
  const records: Record<string, unknown>[] = [];
  const onRecord = (record: Record<string, unknown>) => {
    if (records.length < PATH_ROWS) {
      records.push(record);
    }
  };
  const ignoreProblem = () => undefined;
  const parser =
    format === 'csv'
      ? createCsvParser(onRecord, ignoreProblem)
      : format === 'json'
        ? createJsonArrayParser(onRecord, ignoreProblem)
        : createJsonlParser(onRecord, ignoreProblem);
  parser.push(text);
  if (options.complete) {
    parser.end();
  }
  const paths: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const path of listFieldPaths(record)) {
      if (!seen.has(path)) {
        seen.add(path);
        paths.push(path);
      }
    }
  }
  return { ok: true, format, encoding, paths, samples: records.slice(0, PREVIEW_ROWS) };
}
