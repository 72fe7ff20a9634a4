/**
 * `restore FILE` (SYNC.md §4): replaces everything in the hub's database with a backup, in one
 * transaction, and raises the epoch above both the hub's and the backup's. Every app that sees
 * the new epoch forgets its cursor, pulls from zero, and pushes again what the watermarks show
 * the hub lacks, so decisions made after the backup come back from the reviewers' machines.
 *
 * The backup file itself is never changed: it is copied first, and the copy is migrated when it
 * comes from an older hub.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  closeSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyDatabase } from '../storage/copy-database';
import { runMigrations } from '../storage/migrations/run-migrations';
import { listDevices } from '../storage/queries/devices';
import { readIdentity, writeIdentity } from '../storage/queries/identity';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage';
import type { HubStorage } from '../storage/storage';
import { describeBackup } from './backup';
import { CommandError, type CommandIo } from './command-io';

export interface LoweredWatermark {
  deviceId: string;
  userName: string;
  before: number;
  after: number;
}

export interface RestoreSummary {
  hubId: string;
  epoch: number;
  previousEpoch: number;
  records: number;
  high: number;
  lowered: LoweredWatermark[];
}

function isSqliteFile(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    return (
      readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0'
    );
  } finally {
    closeSync(fd);
  }
}

export async function restoreCommand(
  storage: HubStorage,
  io: CommandIo,
  file: string,
  options: { yes?: boolean } = {},
): Promise<RestoreSummary> {
  const source = resolve(file);
  if (!existsSync(source)) {
    throw new CommandError(`There is no file ${source}.`);
  }
  if (!isSqliteFile(source)) {
    throw new CommandError(`${source} is not a hub backup (backups are SQLite files).`);
  }
  const held = describeBackup(source);
  if (options.yes !== true) {
    throw new CommandError(
      `Restoring replaces everything in the hub's database (${storage.location}) with ${source}: ` +
        `${held.records} records up to seq ${held.high}, ${held.users} users, ${held.devices} ` +
        'devices. Decisions made since that backup come back as the apps push them again. ' +
        'Run the command again with --yes to restore.',
      2,
    );
  }
  const folder = mkdtempSync(join(tmpdir(), 'loupe-restore-'));
  const copyFile = join(folder, 'backup.sqlite');
  copyFileSync(source, copyFile);
  const backup = openSqliteStorage({ file: copyFile, watchMs: 0 });
  try {
    const migrated = await runMigrations(backup);
    if (migrated.applied.length > 0) {
      io.err(`The backup was at schema version ${migrated.from}; migrated a copy of it.`);
    }
    const before = await storage.read(async (sql) => ({
      identity: await readIdentity(sql),
      devices: await listDevices(sql),
    }));
    const summary = await storage.write((target) =>
      backup.read(async (sql) => {
        const backupIdentity = await readIdentity(sql);
        await copyDatabase(sql, target);
        const epoch = Math.max(before.identity.epoch, backupIdentity.epoch) + 1;
        await writeIdentity(target, { hubId: backupIdentity.hubId, epoch });
        const after = await listDevices(target);
        const lowered = before.devices.flatMap((device) => {
          const restored = after.find((row) => row.device_id === device.device_id)?.watermark ?? 0;
          return restored < device.watermark
            ? [
                {
                  deviceId: device.device_id,
                  userName: device.user_name,
                  before: device.watermark,
                  after: restored,
                },
              ]
            : [];
        });
        return {
          hubId: backupIdentity.hubId,
          epoch,
          previousEpoch: before.identity.epoch,
          records: held.records,
          high: held.high,
          lowered,
        };
      }),
    );
    io.out(
      `Restored ${source}: ${summary.records} records up to seq ${summary.high}. The epoch went ` +
        `from ${summary.previousEpoch} to ${summary.epoch}: every app pulls from the start and ` +
        'pushes again what the hub lacks.',
    );
    if (summary.lowered.length === 0) {
      io.out('No device lost events: every watermark is as high as before.');
    } else {
      io.out(
        'Devices whose events after the backup the hub no longer holds (their apps push them again):',
      );
      for (const device of summary.lowered) {
        io.out(
          `  ${device.userName}, device ${device.deviceId}: watermark ${device.before} → ${device.after}`,
        );
      }
    }
    return summary;
  } finally {
    await backup.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
