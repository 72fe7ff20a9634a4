/**
 * The contract every format writer keeps (EXPORTS.md: pure, streaming, records in, chunks out).
 * The app, the hub's API and the CLI call the same writers; only where the chunks go differs
 * (the bridge's chunked save, an HTTP response, a file).
 */
import type { ExclusionReason, ExportFormat, LoupeRecord } from './loupe-record';

/** One data file's writer. Feed records in the export's order, then `finish`. */
export interface FormatWriter {
  readonly format: ExportFormat;
  /** File name extension, without the dot (`jsonl`, `csv`, `parquet`). */
  readonly extension: string;
  /**
   * Takes one record; returns the bytes ready to write now (possibly none, e.g. Parquet buffers
   * a row group), or the reason the format has no line for it (an approval has no preference
   * pair), which the manifest counts.
   */
  write(record: LoupeRecord): { chunks: Uint8Array[] } | { excluded: ExclusionReason };
  /** The bytes left (a CSV's nothing, a Parquet's last row group and footer). */
  finish(): Uint8Array[];
}
