/**
 * The `loupe` record as Parquet (EXPORTS.md §2), written with hyparquet-writer (pure
 * JavaScript, no eval: it runs under the renderer's CSP as well as in the hub and the CLI).
 *
 * Streaming: rows are buffered per column and written as one row group every `rowGroupSize`
 * records; the group's bytes leave with that `write` call. What stays in memory for the whole
 * file is the footer's material — per row group and column a chunk description (and an offset
 * index when a chunk spans several pages) — a few hundred bytes per column per group.
 * `finish` writes the last group, the page indexes and the footer.
 *
 * Long free-text columns (prompt, texts, JSON columns) are written PLAIN without statistics: a
 * dictionary of unique texts costs time and saves nothing, and min/max of a draft says nothing.
 */
import type { ColumnSource } from 'hyparquet-writer';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { FormatWriter } from '../export-writer';
import type { LoupeRecord } from '../loupe-record';
import { exclusionFor } from './exclusion';
import type { LabelColumnSpec } from './parquet-columns';
import { parquetColumns, parquetSchema } from './parquet-columns';
import type { CellValue, RecordColumn } from './record-columns';
import { cellValue } from './record-columns';

export interface ParquetWriterOptions {
  /** The rubric questions that become `labels.<id>` columns, in order. */
  labels?: readonly LabelColumnSpec[];
  /** Write non-gold records too, with `gold` false. */
  includeAll?: boolean;
  /** Records per row group (default {@link DEFAULT_ROW_GROUP_SIZE}). */
  rowGroupSize?: number;
}

/**
 * 2,000 records a group: large enough that readers skip and compress well, small enough that a
 * group of long drafts with their event lists (a few KB each) stays within tens of MB.
 */
export const DEFAULT_ROW_GROUP_SIZE = 2000;

/** `created_by` in the footer: fixed, so the same records give the same bytes. */
const CREATED_BY = 'Loupe';

/** A ByteWriter that hands its bytes out after every row group instead of keeping them. */
class DrainingWriter extends ByteWriter {
  private readonly ready: Uint8Array[] = [];

  /** Called by ParquetWriter after each row group. */
  flush(): void {
    this.keep();
  }

  /** Takes the bytes written so far (copied: the buffer is reused for the next group). */
  drain(): Uint8Array[] {
    this.keep();
    return this.ready.splice(0, this.ready.length);
  }

  private keep(): void {
    if (this.index > 0) {
      this.ready.push(this.getBytes().slice());
      this.index = 0;
    }
  }
}

/** A cell as hyparquet-writer wants it: INT64 columns take bigints. */
function parquetValue(column: RecordColumn, value: CellValue): CellValue | bigint {
  if ((column.kind === 'int' || column.kind === 'timestamp') && typeof value === 'number') {
    return BigInt(value);
  }
  return value;
}

export function createParquetWriter(options: ParquetWriterOptions = {}): FormatWriter {
  const columns = parquetColumns(options.labels ?? []);
  const rowGroupSize = Math.max(1, Math.floor(options.rowGroupSize ?? DEFAULT_ROW_GROUP_SIZE));
  const out = new DrainingWriter();
  const parquet = new ParquetWriter({
    writer: out,
    schema: parquetSchema(columns),
    createdBy: CREATED_BY,
  });
  let buffered: (CellValue | bigint)[][] = columns.map(() => []);
  let rows = 0;

  const writeGroup = (): Uint8Array[] => {
    if (rows === 0) {
      return out.drain();
    }
    const columnData: ColumnSource[] = columns.map((column, i) => ({
      name: column.name,
      data: buffered[i] ?? [],
      ...(column.long ? { encoding: 'PLAIN', statistics: false } : {}),
    }));
    // No flush of ours returns a promise, so the write is synchronous.
    void parquet.write({ columnData, rowGroupSize: rows });
    buffered = columns.map(() => []);
    rows = 0;
    return out.drain();
  };

  return {
    format: 'parquet',
    extension: 'parquet',
    write(record: LoupeRecord) {
      if (!record.gold && options.includeAll !== true) {
        return { excluded: exclusionFor(record) };
      }
      columns.forEach((column, i) => {
        buffered[i]?.push(parquetValue(column, cellValue(column, record)));
      });
      rows += 1;
      return { chunks: rows >= rowGroupSize ? writeGroup() : [] };
    },
    finish() {
      const lastGroup = writeGroup();
      void parquet.finish();
      return [...lastGroup, ...out.drain()];
    },
  };
}
