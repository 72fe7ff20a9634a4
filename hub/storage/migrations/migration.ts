/**
 * A numbered hub migration. Each runs once per database, in order, in its own exclusive
 * transaction (HubStorage.migrate), and records itself in `schema_migrations`. Never edit one
 * that has been released: add the next number instead. Each is tested by opening a database at
 * the version before with data in it (tests/hub/storage/migrations.test.ts).
 */
import type { SqlExecutor } from '../sql';

export interface Migration {
  version: number;
  /** What it does, in a few words (shown by `npm run hub -- status`). */
  name: string;
  /** When it was written (YYYY-MM-DD). */
  date: string;
  up(sql: SqlExecutor): Promise<void>;
}
