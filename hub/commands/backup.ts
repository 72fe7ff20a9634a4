/**
 * `backup FILE` (SYNC.md §4, §8): a consistent copy of the hub's database as a SQLite file,
 * taken while the hub runs. On SQLite, SQLite's online backup; on PostgreSQL, every table read
 * in one REPEATABLE READ snapshot into a new SQLite file. Written beside FILE and renamed over
 * it only once complete and checked, so a failed backup never leaves a half file under the name.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyDatabase } from '../storage/copy-database';
import { runMigrations } from '../storage/migrations/run-migrations';
import { openSqliteStorage, type SqliteStorage } from '../storage/sqlite/sqlite-storage';
import type { HubStorage } from '../storage/storage';
import { CommandError, type CommandIo } from './command-io';

export interface BackupSummary {
  file: string;
  bytes: number;
  records: number;
  high: number;
  users: number;
  devices: number;
  hubId: string;
  epoch: number;
}

const isSqlite = (storage: HubStorage): storage is SqliteStorage => 'onlineBackup' in storage;

/** Reads what a backup file holds, checking that SQLite can read all of it. */
export function describeBackup(file: string): Omit<BackupSummary, 'file' | 'bytes'> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new CommandError(`${file} is damaged: SQLite's check says ${String(check)}.`);
    }
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const meta = db.prepare('SELECT hub_id, epoch FROM hub_meta WHERE id = 1').get() as
      { hub_id: string; epoch: number } | undefined;
    const high = db.prepare('SELECT value FROM hub_counter WHERE id = 1').get() as
      { value: number } | undefined;
    if (meta === undefined || high === undefined) {
      throw new CommandError(`${file} is not a Loupe hub backup (it has no hub identity).`);
    }
    return {
      records: count('hub_log'),
      high: high.value,
      users: count('users'),
      devices: count('devices'),
      hubId: meta.hub_id,
      epoch: meta.epoch,
    };
  } catch (error) {
    if (error instanceof CommandError) {
      throw error;
    }
    throw new CommandError(`${file} is not a Loupe hub backup: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

export async function backupCommand(
  storage: HubStorage,
  io: CommandIo,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupSummary> {
  const target = resolve(file);
  if (existsSync(target) && options.force !== true) {
    throw new CommandError(`${target} exists already: choose another name, or add --force.`);
  }
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    if (isSqlite(storage)) {
      await storage.onlineBackup(partial);
    } else {
      const copy = openSqliteStorage({ file: partial, watchMs: 0 });
      try {
        await runMigrations(copy);
        await storage.read((source) => copy.write((sql) => copyDatabase(source, sql)));
      } finally {
        await copy.close();
      }
    }
    const summary = describeBackup(partial);
    renameSync(partial, target);
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    const result = { file: target, bytes: statSync(target).size, ...summary };
    io.out(
      `Backed up ${result.records} records (seq 1–${result.high}), ${result.users} users and ` +
        `${result.devices} devices to ${target} (${(result.bytes / 1024 / 1024).toFixed(1)} MiB).`,
    );
    io.out(`Restore it with: npm run hub -- restore ${JSON.stringify(target)} --yes`);
    return result;
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    throw error;
  }
}
