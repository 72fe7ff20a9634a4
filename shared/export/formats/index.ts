/**
 * One writer per export format (EXPORTS.md §2), and the one entry point the app, the hub and the
 * CLI call: `createFormatWriter(format, options)`.
 */
import type { FormatWriter } from '../export-writer';
import type { ExportFormat } from '../loupe-record';
import { createCsvWriter, csvColumns } from './csv-writer';
import { createDpoWriter } from './dpo-writer';
import { createEvalsWriter } from './evals-writer';
import { createKtoWriter } from './kto-writer';
import { createLoupeWriter } from './loupe-writer';
import type { LabelColumnSpec } from './parquet-columns';
import { createParquetWriter } from './parquet-writer';
import { createPromptfooWriter } from './promptfoo-writer';
import { createSftWriter } from './sft-writer';
import { createTrlWriter } from './trl-writer';

export interface FormatWriterOptions {
  /** `loupe`, `csv`, `parquet` only: write non-gold records too, flagged `gold: false`. */
  includeAll?: boolean;
  /**
   * `csv`, `parquet`: the rubric questions of the exported projects, one `labels.<id>` column
   * each, in this order (a CSV's and a Parquet file's columns are fixed before the first row).
   */
  labels?: readonly LabelColumnSpec[];
  /** `parquet`: records per row group. */
  rowGroupSize?: number;
  /** `promptfoo`: the similarity threshold of each test's assertion. */
  similarityThreshold?: number;
}

export function createFormatWriter(
  format: ExportFormat,
  options: FormatWriterOptions = {},
): FormatWriter {
  const labels = options.labels ?? [];
  switch (format) {
    case 'loupe':
      return createLoupeWriter({ includeAll: options.includeAll });
    case 'csv':
      return createCsvWriter({
        columns: csvColumns(labels.map((label) => label.id)),
        includeAll: options.includeAll,
      });
    case 'parquet':
      return createParquetWriter({
        labels,
        includeAll: options.includeAll,
        rowGroupSize: options.rowGroupSize,
      });
    case 'sft':
      return createSftWriter();
    case 'trl':
      return createTrlWriter();
    case 'dpo':
      return createDpoWriter();
    case 'kto':
      return createKtoWriter();
    case 'promptfoo':
      return createPromptfooWriter({ threshold: options.similarityThreshold });
    case 'evals':
      return createEvalsWriter();
  }
}

export { createCsvWriter, csvColumns } from './csv-writer';
export type { CsvWriterOptions } from './csv-writer';
export { createDpoWriter } from './dpo-writer';
export { createEvalsWriter } from './evals-writer';
export { createKtoWriter, DRAFT_WRONG_REASON_IDS } from './kto-writer';
export { createLoupeWriter, loupeLine } from './loupe-writer';
export type { LoupeWriterOptions } from './loupe-writer';
export { parquetColumns } from './parquet-columns';
export type { LabelColumnSpec } from './parquet-columns';
export { createParquetWriter, DEFAULT_ROW_GROUP_SIZE } from './parquet-writer';
export type { ParquetWriterOptions } from './parquet-writer';
export { createPromptfooWriter, DEFAULT_SIMILARITY_THRESHOLD } from './promptfoo-writer';
export type { PromptfooWriterOptions } from './promptfoo-writer';
export { createSftWriter } from './sft-writer';
export { createTrlWriter } from './trl-writer';
export { promptMessages, promptText, contextBlock } from './chat-messages';
