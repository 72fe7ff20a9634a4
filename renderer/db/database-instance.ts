/**
 * The app's one open database, created on first use. Stores reach it through `getDatabase()`;
 * tests close and delete it between cases.
 */
import Dexie from 'dexie';
import { DEFAULT_DATABASE_NAME, LoupeDatabase } from './loupe-database';

let current: LoupeDatabase | undefined;
const versionChangeListeners = new Set<() => void>();

/** The shared database, opened lazily at the current schema version. */
export function getDatabase(): LoupeDatabase {
  current ??= new LoupeDatabase({
    onVersionChange: () => versionChangeListeners.forEach((listener) => listener()),
  });
  return current;
}

/** Calls `listener` when another window upgrades or deletes the database; returns unsubscribe. */
export function onDatabaseVersionChange(listener: () => void): () => void {
  versionChangeListeners.add(listener);
  return () => versionChangeListeners.delete(listener);
}

/** Closes the shared database; the next `getDatabase()` opens a fresh connection. */
export function closeDatabase(): void {
  current?.close();
  current = undefined;
}

/** Closes and deletes all local data (tests, and a future "reset this device"). */
export async function deleteDatabase(): Promise<void> {
  closeDatabase();
  await Dexie.delete(DEFAULT_DATABASE_NAME);
}
