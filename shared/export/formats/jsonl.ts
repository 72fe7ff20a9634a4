/**
 * The JSON Lines plumbing every JSON format shares: one object per line, UTF-8 without a BOM,
 * `\n` line ends, keys in the order the object was built (EXPORTS.md §2: stable bytes).
 */
import type { FormatWriter } from '../export-writer';
import type { ExclusionReason, ExportFormat, LoupeRecord } from '../loupe-record';
import { createTextBatch } from './text-batch';

/**
 * One line. `JSON.stringify` escapes lone surrogates (ES2019), so a broken UTF-16 string in a
 * draft stays visible as `\udXXX` instead of turning into U+FFFD.
 */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** What a format makes of one record: its lines (one or more objects), or why it has none. */
export type RecordLines = { lines: readonly unknown[] } | { excluded: ExclusionReason };

/**
 * A JSON Lines writer from the function that maps a record to its lines. Lines come out in
 * batches of about 64 KB (text-batch.ts), the rest at `finish`.
 */
export function createJsonlWriter(
  format: ExportFormat,
  linesFor: (record: LoupeRecord) => RecordLines,
): FormatWriter {
  const batch = createTextBatch();
  return {
    format,
    extension: 'jsonl',
    write(record) {
      const result = linesFor(record);
      if ('excluded' in result) {
        return result;
      }
      let text = '';
      for (const line of result.lines) {
        text += jsonLine(line);
      }
      return { chunks: batch.add(text) };
    },
    finish: () => batch.flush(),
  };
}
