/**
 * One import's bookkeeping (issue 4, "never half-done"), written when its writing pass starts and
 * in the same transaction as each batch, so after a crash or a closed window the next start knows
 * exactly what was interrupted and how far it got.
 */
import type { TextEncodingName } from '../../shared/import/encoding-name';
import type { FieldMapping } from '../../shared/import/field-mapping';
import type { ImportFormat } from '../../shared/import/import-run';

/**
 * - `running`: writing, or interrupted (a crash or a closed window leaves it so);
 * - `cancelled` / `failed`: stopped part-way; the reviewer has not chosen what to do yet;
 * - `done`: every valid row written; `settled`: the reviewer dealt with a stopped one.
 */
export type ImportJobState = 'running' | 'cancelled' | 'failed' | 'done' | 'settled';

export interface ImportJobCounts {
  added: number;
  updated: number;
  unchanged: number;
  markedChanged: number;
}

export interface ImportJobRow {
  importId: string;
  projectId: string;
  fileName: string;
  fileSize: number;
  format: ImportFormat;
  encoding: TextEncodingName | null;
  mapping: FieldMapping;
  state: ImportJobState;
  /** Valid rows written so far (all batches committed). */
  rowsWritten: number;
  counts: ImportJobCounts;
  startedAt: string;
  updatedAt: string;
  failure?: string;
}
