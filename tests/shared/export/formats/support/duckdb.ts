/** Reads exported bytes back with DuckDB, the real reader evaluators use. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Json } from '@duckdb/node-api';

export interface DuckFile {
  /** The file's path, for `read_csv` / `read_parquet`. */
  path: string;
  query(sql: string): Promise<Record<string, Json>[]>;
  /** Column name → DuckDB type of `SELECT * FROM source`. */
  types(source: string): Promise<Map<string, string>>;
  close(): void;
}

/** Writes the bytes to a temporary file and opens an in-memory DuckDB beside it. */
export async function openWithDuckDb(bytes: Uint8Array, extension: string): Promise<DuckFile> {
  const folder = mkdtempSync(join(tmpdir(), 'loupe-export-'));
  const path = join(folder, `data.${extension}`);
  writeFileSync(path, bytes);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection: DuckDBConnection = await instance.connect();
  const query = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();
  return {
    path,
    query,
    async types(source) {
      const rows = await query(`DESCRIBE SELECT * FROM ${source}`);
      return new Map(rows.map((row) => [row.column_name as string, row.column_type as string]));
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
