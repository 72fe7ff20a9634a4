/**
 * The Parquet file's columns: those of `record-columns.ts` (the same as the CSV's), each with a
 * Parquet type a reader opens without a schema of its own — DuckDB, pandas/pyarrow, Polars:
 *
 * | kind      | Parquet                                            | DuckDB                   |
 * |-----------|----------------------------------------------------|--------------------------|
 * | text/json | BYTE_ARRAY, UTF8 / STRING                          | VARCHAR                  |
 * | int       | INT64                                              | BIGINT                   |
 * | double    | DOUBLE                                             | DOUBLE                   |
 * | bool      | BOOLEAN                                            | BOOLEAN                  |
 * | timestamp | INT64, TIMESTAMP(MILLIS, adjusted to UTC)          | TIMESTAMP WITH TIME ZONE |
 *
 * Lists and objects are JSON text (VARCHAR), not Parquet lists: readers choke on nested
 * columns whose shape changes from draft to draft (metadata, events), and one rule for all of
 * them is easier to load than a mix.
 */
import type { SchemaElement } from 'hyparquet';
import type { RubricQuestion } from '../../domain/draft-schema';
import type { RecordColumn } from './record-columns';
import { labelColumn, recordColumns } from './record-columns';

/** A rubric question that becomes a `labels.<id>` column. */
export interface LabelColumnSpec {
  id: string;
  /**
   * The question's kind: a rating is a DOUBLE column; every other kind (and an unknown one, or
   * a question id whose kind differs between projects) a text column, several choices as a JSON
   * list.
   */
  kind?: RubricQuestion['kind'];
}

/** Every column of the Parquet file, in order. */
export function parquetColumns(labels: readonly LabelColumnSpec[]): RecordColumn[] {
  return recordColumns(
    labels.map((label) => labelColumn(label.id, label.kind === 'rating' ? 'double' : 'text')),
  );
}

function typeOf(column: RecordColumn): Omit<SchemaElement, 'name' | 'repetition_type'> {
  switch (column.kind) {
    case 'int':
      return { type: 'INT64' };
    case 'double':
      return { type: 'DOUBLE' };
    case 'bool':
      return { type: 'BOOLEAN' };
    case 'timestamp':
      return {
        type: 'INT64',
        // Both annotations: the logical type says UTC to current readers, the converted type
        // keeps old ones (and pandas' older pyarrow paths) reading a timestamp.
        converted_type: 'TIMESTAMP_MILLIS',
        logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
      };
    default:
      return { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } };
  }
}

/** The file's schema: the root, then one flat leaf per column. */
export function parquetSchema(columns: readonly RecordColumn[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map((column): SchemaElement => ({
      name: column.name,
      ...typeOf(column),
      repetition_type: column.required ? 'REQUIRED' : 'OPTIONAL',
    })),
  ];
}
