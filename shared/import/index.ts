/**
 * Streaming parsing for the import feature (DESIGN.md, Import and export): detect and decode the
 * file's encoding chunk by chunk, then parse JSON Lines, a JSON array or CSV into records and
 * row-level problems, without ever holding the whole file. Pure TypeScript, worker-safe.
 */
export { createChunkDecoder, fewInvalid, invalidSequenceReason } from './chunk-decoder';
export type { ChunkDecoder, DecodedText, InvalidSequence } from './chunk-decoder';
export { detectEncoding } from './detect-encoding';
export type { DetectedEncoding } from './detect-encoding';
export type { TextEncodingName } from './encoding-name';
export { createLineSplitter } from './line-splitter';
export type { LineHandler } from './line-splitter';
export { createJsonlParser } from './jsonl-parser';
export type { JsonRecordHandler } from './jsonl-parser';
export { createJsonArrayParser } from './json-array-parser';
export { createCsvParser } from './csv-parser';
export type { CsvHeaderHandler, CsvRecordHandler } from './csv-parser';
export type { ImportProblem, ProblemHandler, RecordHandler, TextStreamParser } from './types';
export { contentId } from './content-id';
export { DRAFT_TARGETS, normaliseName, suggestMapping } from './field-mapping';
export type { DraftTarget, FieldMapping } from './field-mapping';
export { listFieldPaths, readFieldPath } from './field-paths';
export { createDuplicateIdCheck, recordToDraft } from './record-to-draft';
export type { RowOutcome } from './record-to-draft';
export { breaksAsInvalidJson, MAX_KEPT_PROBLEMS, runImport } from './import-run';
export type { ImportFormat, ImportProgress, ImportResult, ImportRunOptions } from './import-run';
export { csvCell, problemReportCsv } from './problem-report';
