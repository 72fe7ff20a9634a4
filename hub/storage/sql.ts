/**
 * The little SQL both engines speak. Queries are written once with `?` placeholders in the
 * common subset of SQLite and PostgreSQL; the PostgreSQL engine numbers the placeholders. An
 * executor is bound to one open transaction of its engine.
 */

export type SqlValue = string | number | null;

export type Dialect = 'sqlite' | 'postgres';

export interface SqlExecutor {
  readonly dialect: Dialect;
  /** Every row of a query. */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** The first row of a query, or undefined. */
  get<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  /** A statement that returns no rows; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** `?, ?, ?` for an IN list or a VALUES row of `count` values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** `(?, ?), (?, ?)` for `rows` rows of `columns` values (a multi-row INSERT). */
export function rowPlaceholders(rows: number, columns: number): string {
  const row = `(${placeholders(columns)})`;
  return Array.from({ length: rows }, () => row).join(', ');
}

/**
 * Splits `items` so that no statement binds more than `maxParams` values (SQLite allows 32,766,
 * PostgreSQL 65,535; the bound leaves room for the few fixed parameters of a statement).
 */
export function chunksFor<T>(
  items: readonly T[],
  paramsPerItem: number,
  maxParams = 30_000,
): T[][] {
  const size = Math.max(1, Math.floor(maxParams / paramsPerItem));
  const chunks: T[][] = [];
  for (let at = 0; at < items.length; at += size) {
    chunks.push(items.slice(at, at + size));
  }
  return chunks;
}
