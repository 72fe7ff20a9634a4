/**
 * Opens the database at an old schema version, fills it, closes it, and reopens it at a newer
 * version so Dexie runs the upgrades exactly as on a user's machine (DESIGN.md, Local store).
 */
import Dexie from 'dexie';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';

let counter = 0;

/** A database name no other test uses, so cases never see each other's data. */
export function uniqueDatabaseName(): string {
  counter += 1;
  return `loupe-migration-test-${counter}-${Date.now()}`;
}

export interface MigrationCase {
  name: string;
  fromVersion: number;
  /** Writes rows shaped as they were at `fromVersion` (use `db.table(...)`: types are current). */
  seed(db: LoupeDatabase): Promise<void>;
  /** Defaults to the current version. */
  toVersion?: number;
}

/** Runs the upgrade and returns the database open at the new version. Close it when done. */
export async function openAfterMigration(migration: MigrationCase): Promise<LoupeDatabase> {
  const old = new LoupeDatabase({ name: migration.name, version: migration.fromVersion });
  await old.open();
  await migration.seed(old);
  old.close();
  const upgraded = new LoupeDatabase({ name: migration.name, version: migration.toVersion });
  await upgraded.open();
  return upgraded;
}

export async function deleteTestDatabase(name: string): Promise<void> {
  await Dexie.delete(name);
}
