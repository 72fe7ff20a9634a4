/**
 * The JSON Lines plumbing every JSON format shares: one object per line, UTF-8 without a BOM,
 * `\n` line ends, keys in the order the object was built (EXPORTS.md §2: stable bytes).
 */
import type { FormatWriter } from '../export-writer';
import type { ExclusionReason, ExportFormat, LoupeRecord } from '../loupe-record';

const encoder = new TextEncoder();

/**
 * One line's bytes. `JSON.stringify` escapes lone surrogates (ES2019), so a broken UTF-16 string
 * in a draft stays visible as `\udXXX` instead of turning into U+FFFD.
 */
export function jsonLine(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value)}\n`);
}

/** What a format makes of one record: its lines (one or more objects), or why it has none. */
export type RecordLines = { lines: readonly unknown[] } | { excluded: ExclusionReason };

/** A JSON Lines writer from the function that maps a record to its lines. */
export function createJsonlWriter(
  format: ExportFormat,
  linesFor: (record: LoupeRecord) => RecordLines,
): FormatWriter {
  return {
    format,
    extension: 'jsonl',
    write(record) {
      const result = linesFor(record);
      if ('excluded' in result) {
        return result;
      }
      return { chunks: result.lines.map(jsonLine) };
    },
    finish: () => [],
  };
}
