/**
 * The `loupe` record as CSV (EXPORTS.md §2): the columns of `record-columns.ts`, UTF-8 with a
 * BOM (so spreadsheet programs read Chinese correctly), RFC 4180 (CRLF row ends, fields quoted
 * when they hold a quote, comma, CR or LF, quotes doubled).
 *
 * Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, TAB or
 * CR) get a leading apostrophe (OWASP "CSV injection"): drafts and their metadata are untrusted.
 * Only strings are neutralised — a negative number is a number. The cost: a final text that
 * starts with a Markdown bullet (`- item`) reads `'- item` here; JSON Lines and Parquet keep
 * every text verbatim.
 *
 * An absent value is an empty field and an empty string a quoted one (`""`), so a reader that
 * keeps quoted empties (DuckDB's `allow_quoted_nulls=false`) tells them apart.
 */
import { csvCell } from '../../import/problem-report';
import type { FormatWriter } from '../export-writer';
import type { LoupeRecord } from '../loupe-record';
import { exclusionFor } from './exclusion';
import { createTextBatch } from './text-batch';
import type { CellValue, RecordColumn } from './record-columns';
import { cellValue, columnNamed, labelColumn, recordColumns } from './record-columns';

export interface CsvWriterOptions {
  /**
   * The header, in order: names from {@link csvColumns} (computed by the caller from the
   * rubrics of the exported projects, since a CSV's columns are fixed before its first row).
   */
  columns: readonly string[];
  /** Write non-gold records too, with `gold` false. */
  includeAll?: boolean;
}

/** The full column list for the given rubric question ids (`labels.<id>` for each). */
export function csvColumns(labelIds: readonly string[]): string[] {
  return recordColumns(labelIds.map((id) => labelColumn(id))).map((c) => c.name);
}

function csvField(column: RecordColumn, value: CellValue): string {
  if (value === null) {
    return '';
  }
  if (column.kind === 'timestamp' && typeof value === 'number') {
    return new Date(value).toISOString();
  }
  if (typeof value === 'string') {
    return value === '' ? '""' : csvCell(value);
  }
  return String(value);
}

function csvRow(columns: readonly RecordColumn[], record: LoupeRecord): string {
  return `${columns.map((column) => csvField(column, cellValue(column, record))).join(',')}\r\n`;
}

/** Rows come out in batches of about 64 KB (text-batch.ts); the header with the first. */
export function createCsvWriter(options: CsvWriterOptions): FormatWriter {
  const columns = options.columns.map(columnNamed);
  const batch = createTextBatch();
  let headerWritten = false;

  const header = (): string => {
    if (headerWritten) {
      return '';
    }
    headerWritten = true;
    return `\uFEFF${options.columns.map(csvCell).join(',')}\r\n`;
  };

  return {
    format: 'csv',
    extension: 'csv',
    write(record) {
      if (!record.gold && options.includeAll !== true) {
        return { excluded: exclusionFor(record) };
      }
      return { chunks: batch.add(header() + csvRow(columns, record)) };
    },
    // An empty export is still a CSV file with its header.
    finish: () => [...batch.add(header()), ...batch.flush()],
  };
}
