/**
 * `backup FILE` and `restore FILE` (SYNC.md §4, issue 10 points 2 and 6): a backup taken while
 * the hub holds data is a SQLite file on both engines; restoring an older one brings back its
 * log exactly, keeps the hub id, raises the epoch and names the devices whose watermark fell.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../../../hub/commands/backup';
import { CommandError } from '../../../hub/commands/command-io';
import { restoreCommand } from '../../../hub/commands/restore';
import { buildHubServer } from '../../../hub/server/build-server';
import { runMigrations } from '../../../hub/storage/migrations/run-migrations';
import { listDevices } from '../../../hub/storage/queries/devices';
import { readIdentity } from '../../../hub/storage/queries/identity';
import { openSqliteStorage } from '../../../hub/storage/sqlite/sqlite-storage';
import type { HubStorage } from '../../../hub/storage/storage';
import { pullResponseSchema, type PullResponse } from '../../../shared/sync';
import { collectIo } from '../support/collect-io';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { addTestDevice, createTestHub, type TestHub } from '../support/test-hub';

describeEachEngine('backup and restore', (engine) => {
  const folder = mkdtempSync(join(tmpdir(), 'loupe-backup-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let hub: TestHub;
  let deviceSeq = 0;

  const pushEdits = async (count: number) => {
    for (let i = 0; i < count; i += 1) {
      const event = await testEvent({
        kind: 'edit',
        payload: { finalText: `第 ${deviceSeq + 1} 次修改` },
        reviewerId: hub.users.reviewer.id,
        deviceId: 'device-r',
        deviceSeq: (deviceSeq += 1),
      });
      const response = await hub.request('reviewer', {
        method: 'POST',
        url: '/v1/sync/push',
        payload: { deviceId: 'device-r', events: [event] },
      });
      expect(response.statusCode).toBe(200);
    }
  };
  const pullAll = async (target: TestHub): Promise<PullResponse> =>
    pullResponseSchema.parse(
      (
        await target.request('evaluator', { method: 'GET', url: '/v1/sync/pull?limit=1000' })
      ).json(),
    );

  let backupFile: string;
  let atBackup: PullResponse;
  beforeAll(async () => {
    hub = await createTestHub(await engine.fresh());
    await hub.request('lead', { method: 'POST', url: '/v1/projects', payload: testProject() });
    await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-1'), testDraft('d-2', '翻譯：退款已完成')] },
    });
    await addTestDevice(hub.storage, hub.users.reviewer, 'device-r');
    await pushEdits(3);
    atBackup = await pullAll(hub);
    backupFile = join(folder, 'hub-backup.sqlite');
    const io = collectIo();
    const summary = await backupCommand(hub.storage, io, backupFile);
    expect(summary).toMatchObject({ records: 6, high: 6, users: 4, devices: 1, epoch: 1 });
    await pushEdits(2); // decisions the backup does not hold
  });
  afterAll(() => hub.close());

  it('writes a SQLite file holding the whole log, and leaves no partial file', () => {
    expect(existsSync(backupFile)).toBe(true);
    expect(existsSync(`${backupFile}.partial`)).toBe(false);
  });

  it('refuses to overwrite a backup without --force', async () => {
    await expect(backupCommand(hub.storage, collectIo(), backupFile)).rejects.toThrow(CommandError);
  });

  it('says what a restore would replace, and changes nothing, without --yes', async () => {
    const before = await hub.storage.read(readIdentity);
    const refusal = restoreCommand(hub.storage, collectIo(), backupFile);
    await expect(refusal).rejects.toThrow(/6 records up to seq 6.*--yes/s);
    expect(await hub.storage.read(readIdentity)).toEqual(before);
    expect((await pullAll(hub)).high).toBe(8);
  });

  it('refuses a file that is missing or not a backup', async () => {
    await expect(
      restoreCommand(hub.storage, collectIo(), join(folder, 'missing.sqlite'), { yes: true }),
    ).rejects.toThrow(/There is no file/);
    const junk = join(folder, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all');
    await expect(restoreCommand(hub.storage, collectIo(), junk, { yes: true })).rejects.toThrow(
      /not a hub backup/,
    );
  });

  it('restores an older backup: the same log, the same hub, a higher epoch, lowered watermarks named', async () => {
    const before = await hub.storage.read(readIdentity);
    const io = collectIo();
    const summary = await restoreCommand(hub.storage, io, backupFile, { yes: true });
    expect(summary).toMatchObject({ hubId: before.hubId, previousEpoch: 1, epoch: 2, high: 6 });
    expect(summary.lowered).toEqual([
      { deviceId: 'device-r', userName: 'rita', before: 5, after: 3 },
    ]);
    expect(io.lines.join('\n')).toMatch(/rita, device device-r: watermark 5 → 3/);

    const after = await pullAll(hub);
    expect(after.records).toEqual(atBackup.records);
    expect(after).toMatchObject({ hubId: before.hubId, epoch: 2, high: 6 });
    const [device] = await hub.storage.read(listDevices);
    expect(device?.watermark).toBe(3);

    // The app pushes again what the hub lacks: the two lost edits are accepted, after seq 6.
    deviceSeq = 3;
    await pushEdits(2);
    expect((await pullAll(hub)).records.map((record) => record.seq)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('restores into an empty database of either engine with the same records', async () => {
    const targets: HubStorage[] = [await engine.fresh()];
    const sqlite = openSqliteStorage({ file: join(folder, 'other.sqlite'), watchMs: 0 });
    await runMigrations(sqlite);
    targets.push(sqlite);
    for (const target of targets) {
      const summary = await restoreCommand(target, collectIo(), backupFile, { yes: true });
      expect(summary.epoch).toBe(2);
      // The backup's users came along: the evaluator's token works on the restored hub.
      const restored = await buildHubServer({ storage: target });
      const pulled = await restored.app.inject({
        method: 'GET',
        url: '/v1/sync/pull?limit=1000',
        headers: { authorization: `Bearer ${hub.users.evaluator.token}` },
      });
      expect(pullResponseSchema.parse(pulled.json()).records).toEqual(atBackup.records);
      await restored.app.close();
    }
    await sqlite.close();
  });
});
