/**
 * Evaluator exports (EXPORTS.md §1–§3): records, filters, splits, order, manifest and the
 * orchestrator the app, the hub's API and the CLI share.
 */
export type { RecordProject, ReviewerNames } from './build-record';
export { buildRecord } from './build-record';
export { decidedAt, decidingEvent } from './deciding-event';
export type { FilterParameter } from './export-filter-query';
export {
  ExportFilterError,
  FILTER_PARAMETERS,
  filterQuery,
  MAX_FILTER_VALUE_LENGTH,
  MAX_FILTER_VALUES,
  parseFilterQuery,
} from './export-filter-query';
export type { ExportFilters, LabelFilter } from './export-filters';
export {
  canonicalFilters,
  includesNonGold,
  matchesFilters,
  RECORD_DECISIONS,
} from './export-filters';
export type { ExportOrderKey } from './export-order';
export { compareCodeUnits, compareExportOrder } from './export-order';
export type { ExportTally } from './export-tally';
export { goldExclusion } from './gold-rules';
export { EXCLUSION_REASONS } from './export-tally';
export type { FormatWriter } from './export-writer';
export type { FileDigest, IncrementalSha256 } from './file-digest';
export { createFileDigest } from './file-digest';
export type {
  ExclusionReason,
  ExportFormat,
  LoupeRecord,
  RecordDecision,
  RecordMetrics,
  RecordReviewer,
} from './loupe-record';
export { EXPORT_FORMATS, FULL_RECORD_FORMATS } from './loupe-record';
export type { ExportManifest, ExportSource, ManifestFile } from './manifest';
export { buildManifest, EXPORT_SCHEMA_VERSION, manifestJson } from './manifest';
export { recordMetrics } from './record-metrics';
export type { ExportItem, ExportProgress, ExportSink, RunExportOptions } from './run-export';
export { runExport } from './run-export';
export type { SplitName, SplitOptions } from './split';
export { SPLIT_RULE, splitOf, splitPoint } from './split';
// The format writers (./formats/) are exported from here by their own module's line.
export { labelColumnsOf } from './label-columns';
