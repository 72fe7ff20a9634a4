/**
 * A tiny FormatWriter for the orchestrator's tests (the real writers live in
 * shared/export/formats/): one JSON line per record, optionally leaving approvals out the way a
 * preference-pair format does, and optionally holding lines back until `finish` the way a
 * Parquet writer buffers a row group.
 */
import type { FormatWriter } from '../../../../shared/export/export-writer';
import type { ExportFormat, LoupeRecord } from '../../../../shared/export/loupe-record';

const encoder = new TextEncoder();

export interface TestWriterOptions {
  format?: ExportFormat;
  /** Leave approvals out as `not-applicable`. */
  pairsOnly?: boolean;
  /** Hold every line until `finish`. */
  buffered?: boolean;
}

export function jsonlTestWriter(options: TestWriterOptions = {}): FormatWriter {
  const held: Uint8Array[] = [];
  return {
    format: options.format ?? 'loupe',
    extension: 'jsonl',
    write(record: LoupeRecord) {
      if (options.pairsOnly === true && record.decision === 'approved') {
        return { excluded: 'not-applicable' };
      }
      const line = encoder.encode(`${JSON.stringify(record)}\n`);
      if (options.buffered === true) {
        held.push(line);
        return { chunks: [] };
      }
      return { chunks: [line] };
    },
    finish() {
      return held.splice(0);
    },
  };
}
