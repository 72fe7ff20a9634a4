/**
 * The `loupe` record flattened into columns, shared by CSV and Parquet so both files have the
 * same columns in the same order (EXPORTS.md §2): scalar fields as they are, nested objects as
 * dotted names (`model.name`, `metrics.editChars`, `labels.<question id>`), lists and free-form
 * objects (context, messages, reasons, reviewers, metadata, events) as JSON text, which every
 * reader opens. One column is derived: `decidedAt`, the latest time among the standing
 * decisions, so a reader can sort or filter by it without parsing the reviewers.
 */
import type { LoupeRecord } from '../loupe-record';

/**
 * How a column's values are typed. `label` holds a rubric answer of any shape (a choice, a
 * rating, several choices as JSON); a writer that needs one type per column uses
 * `text` or `double` for label columns instead.
 */
export type ColumnKind = 'text' | 'json' | 'label' | 'int' | 'double' | 'bool' | 'timestamp';

export interface RecordColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  /** Never null in a record `build-record` made. */
  readonly required: boolean;
  /** Long free text: Parquet writes it PLAIN without statistics (no dictionary would pay). */
  readonly long: boolean;
  read(record: LoupeRecord): unknown;
}

/** A typed cell: null where the record has no value. Timestamps are epoch milliseconds. */
export type CellValue = string | number | boolean | null;

function column(
  name: string,
  kind: ColumnKind,
  read: (record: LoupeRecord) => unknown,
  flags: { required?: boolean; long?: boolean } = {},
): RecordColumn {
  return { name, kind, required: flags.required ?? false, long: flags.long ?? false, read };
}

/** The latest `at` among the standing decisions, in epoch ms; null when nobody decided. */
export function decisionTime(record: LoupeRecord): number | null {
  let latest: number | null = null;
  for (const reviewer of record.reviewers) {
    const time = Date.parse(reviewer.at);
    if (Number.isFinite(time) && (latest === null || time > latest)) {
      latest = time;
    }
  }
  return latest;
}

const COLUMNS_BEFORE_LABELS: readonly RecordColumn[] = [
  column('id', 'text', (r) => r.id, { required: true }),
  column('project', 'text', (r) => r.project, { required: true }),
  column('prompt', 'text', (r) => r.prompt, { long: true }),
  column('messages', 'json', (r) => r.messages, { long: true }),
  column('context', 'json', (r) => r.context, { required: true, long: true }),
  column('original', 'text', (r) => r.original, { required: true, long: true }),
  column('final', 'text', (r) => r.final, { required: true, long: true }),
  column('decision', 'text', (r) => r.decision, { required: true }),
  column('resolvedBy', 'text', (r) => r.resolvedBy),
];

const COLUMNS_AFTER_LABELS: readonly RecordColumn[] = [
  column('rating', 'double', (r) => r.rating),
  column('reasons', 'json', (r) => r.reasons, { required: true }),
  column('reviewers', 'json', (r) => r.reviewers, { required: true, long: true }),
  column('model.name', 'text', (r) => r.model.name, { required: true }),
  column('model.version', 'text', (r) => r.model.version),
  column('promptVersion', 'text', (r) => r.promptVersion),
  column('guidelinesVersion', 'int', (r) => r.guidelinesVersion),
  column('metrics.editChars', 'int', (r) => r.metrics?.editChars),
  column('metrics.editRate', 'double', (r) => r.metrics?.editRate),
  column('metrics.normEdit', 'double', (r) => r.metrics?.normEdit),
  column('metrics.wordEditRate', 'double', (r) => r.metrics?.wordEditRate),
  column('metrics.changed', 'bool', (r) => r.metrics?.changed),
  column('metadata', 'json', (r) => r.metadata, { required: true, long: true }),
  column('events', 'json', (r) => r.events, { required: true, long: true }),
  column('gold', 'bool', (r) => r.gold, { required: true }),
  column('decidedAt', 'timestamp', decisionTime),
];

const LABEL_PREFIX = 'labels.';

/** The column of one rubric question's answers. */
export function labelColumn(id: string, kind: 'label' | 'text' | 'double' = 'label'): RecordColumn {
  return column(`${LABEL_PREFIX}${id}`, kind, (r) => r.labels[id]);
}

/** Every column, the label columns (in the order given) between `resolvedBy` and `rating`. */
export function recordColumns(labelColumns: readonly RecordColumn[]): RecordColumn[] {
  return [...COLUMNS_BEFORE_LABELS, ...labelColumns, ...COLUMNS_AFTER_LABELS];
}

const FIXED_COLUMNS = new Map(
  [...COLUMNS_BEFORE_LABELS, ...COLUMNS_AFTER_LABELS].map((c) => [c.name, c]),
);

/** A column by its name (`labels.<id>` for any question id); throws on a name it does not know. */
export function columnNamed(name: string): RecordColumn {
  const fixed = FIXED_COLUMNS.get(name);
  if (fixed !== undefined) {
    return fixed;
  }
  if (name.startsWith(LABEL_PREFIX) && name.length > LABEL_PREFIX.length) {
    return labelColumn(name.slice(LABEL_PREFIX.length));
  }
  throw new Error(`Unknown export column: ${name}`);
}

const finiteNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * A record's value in a column, typed by the column's kind. A value that does not fit (a rating
 * column given a word) is null rather than a wrong type: it cannot come from a rubric answer.
 * NaN and infinities are null too, as JSON would write them.
 */
export function cellValue(column: RecordColumn, record: LoupeRecord): CellValue {
  const raw = column.read(record);
  if (raw === undefined || raw === null) {
    return null;
  }
  switch (column.kind) {
    case 'text':
      return typeof raw === 'string' ? raw : JSON.stringify(raw);
    case 'json':
      return JSON.stringify(raw);
    case 'label':
      if (typeof raw === 'string') {
        return raw;
      }
      return typeof raw === 'number' ? finiteNumber(raw) : JSON.stringify(raw);
    case 'int': {
      const value = finiteNumber(raw);
      return value === null ? null : Math.trunc(value);
    }
    case 'double':
    case 'timestamp':
      return finiteNumber(raw);
    case 'bool':
      return typeof raw === 'boolean' ? raw : null;
  }
}
