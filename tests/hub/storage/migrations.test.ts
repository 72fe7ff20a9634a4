/**
 * The hub's migrations (hub/storage/migrations/): each one is run on a database at the version
 * before it, holding data. Migration 002 builds the projections from whatever `hub_log` holds,
 * so a version-1 database with a log must come out with the same projections a hub that kept
 * them up to date all along has. A database of a newer hub is refused; migrating twice does
 * nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  NewerSchemaError,
  runMigrations,
  schemaVersion,
} from '../../../hub/storage/migrations/run-migrations';
import { readHigh, readIdentity, writeHigh } from '../../../hub/storage/queries/identity';
import { insertLogRows, logAfter } from '../../../hub/storage/queries/log';
import type { LogRow } from '../../../hub/storage/rows';
import type { SqlExecutor } from '../../../hub/storage/sql';
import type { HubStorage } from '../../../hub/storage/storage';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { addTestDevice, createTestHub, type TestHub } from '../support/test-hub';

/** Everything a projection holds, in a stable order (numbers as numbers on both engines). */
async function projections(sql: SqlExecutor) {
  return {
    projects: await sql.all(
      'SELECT project_id, name, settings_version, settings, published_seq, updated_seq FROM projects ORDER BY project_id',
    ),
    drafts: await sql.all(
      'SELECT project_id, draft_id, version, content_hash, content_seq, withdrawn_seq FROM drafts ORDER BY project_id, draft_id',
    ),
    states: await sql.all(
      'SELECT project_id, draft_id, status, state, updated_seq FROM draft_state ORDER BY project_id, draft_id',
    ),
  };
}

async function tableNames(storage: HubStorage): Promise<string[]> {
  return storage.read(async (sql) => {
    const rows =
      sql.dialect === 'sqlite'
        ? await sql.all<{ name: string }>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
          )
        : await sql.all<{ name: string }>(
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
          );
    return rows.map((row) => row.name).sort();
  });
}

describeEachEngine('migrations', (engine) => {
  /** A hub at the latest version that kept its projections up to date with every write. */
  let reference: TestHub;
  let referenceLog: LogRow[];

  beforeAll(async () => {
    reference = await createTestHub(await engine.fresh());
    const lead = (method: 'POST' | 'PUT', url: string, payload: object) =>
      reference.request('lead', { method, url, payload }).then((response) => {
        expect(response.statusCode, response.body).toBeLessThan(300);
      });
    await lead('POST', '/v1/projects', testProject());
    await lead('POST', '/v1/projects', testProject('proj-2', '翻譯審查'));
    await lead('POST', '/v1/projects/proj-1/drafts', {
      drafts: [testDraft('d-1'), testDraft('d-2'), testDraft('d-3', '第三份草稿')],
    });
    await lead('POST', '/v1/projects/proj-2/drafts', { drafts: [testDraft('t-1', '譯文')] });
    await lead('PUT', '/v1/projects/proj-1/drafts/d-2', {
      baseVersion: 1,
      draft: testDraft('d-2', '改過的草稿'),
    });
    await lead('POST', '/v1/projects/proj-1/drafts/d-3/withdraw', { reason: '重複' });
    await lead('PUT', '/v1/projects/proj-1/settings', {
      baseVersion: 1,
      settings: { ...testProject().settings, guidelines: '# 新準則' },
      name: '客服回覆',
    });
    await addTestDevice(reference.storage, reference.users.reviewer, 'device-r');
    const events = [
      await testEvent({
        kind: 'edit',
        payload: { finalText: '退款已處理。' },
        reviewerId: reference.users.reviewer.id,
        deviceId: 'device-r',
        deviceSeq: 1,
      }),
      await testEvent({
        kind: 'approve',
        payload: {},
        reviewerId: reference.users.reviewer.id,
        deviceId: 'device-r',
        deviceSeq: 2,
        draftId: 'd-2',
      }),
      await testEvent({
        kind: 'escalate',
        payload: { reasonId: 'factual-error', note: '金額不符' },
        reviewerId: reference.users.reviewer.id,
        deviceId: 'device-r',
        deviceSeq: 3,
        projectId: 'proj-2',
        draftId: 't-1',
      }),
    ];
    const pushed = await reference.request('reviewer', {
      method: 'POST',
      url: '/v1/sync/push',
      payload: { deviceId: 'device-r', events },
    });
    expect(pushed.json()).toMatchObject({ deviceWatermark: 3 });
    referenceLog = await reference.storage.read((sql) => logAfter(sql, 0, 1000));
    expect(new Set(referenceLog.map((row) => row.kind))).toEqual(
      new Set([
        'project.published',
        'project.settings',
        'draft.published',
        'draft.revised',
        'draft.withdrawn',
        'decision',
      ]),
    );
  });
  afterAll(() => reference.close());

  it('numbers the migrations 1, 2, … with no gap', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, index) => index + 1),
    );
  });

  it('migrates a new database from nothing to the latest version', async () => {
    const storage = await engine.fresh({ migrate: false });
    expect(await schemaVersion(storage)).toBe(0);
    const report = await runMigrations(storage);
    expect(report.from).toBe(0);
    expect(report.to).toBe(LATEST_SCHEMA_VERSION);
    expect(report.applied.map((migration) => migration.version)).toEqual(
      MIGRATIONS.map((migration) => migration.version),
    );
    expect(await storage.read(readHigh)).toBe(0);
    await storage.close();
  });

  it('002 builds the projections from a version-1 log: the same as kept up to date', async () => {
    const storage = await engine.fresh({ upTo: 1 });
    expect(await schemaVersion(storage)).toBe(1);
    expect(await tableNames(storage)).not.toContain('drafts');
    const identity = await storage.read(readIdentity);
    await storage.write(async (sql) => {
      await insertLogRows(sql, referenceLog);
      await writeHigh(sql, referenceLog.length);
    });

    const report = await runMigrations(storage);
    expect(report).toMatchObject({ from: 1, to: LATEST_SCHEMA_VERSION });
    expect(report.applied.map((migration) => migration.version)).toEqual([2]);
    // The log and the identity are untouched; the projections equal the reference hub's.
    expect(await storage.read((sql) => logAfter(sql, 0, 1000))).toEqual(referenceLog);
    expect(await storage.read(readIdentity)).toEqual(identity);
    const built = await storage.read(projections);
    expect(built).toEqual(await reference.storage.read(projections));
    expect(built.projects).toHaveLength(2);
    expect(built.drafts).toHaveLength(4);
    expect(built.states).toHaveLength(3);

    // A hub on the migrated database works on: the withdrawn and revised drafts are known.
    const hub = await createTestHub(storage);
    await addTestDevice(storage, hub.users.reviewer, 'device-r');
    const event = await testEvent({
      kind: 'approve',
      payload: {},
      reviewerId: hub.users.reviewer.id,
      deviceId: 'device-r',
      // The copied log holds this device's 1…3 already.
      deviceSeq: 4,
      draftId: 'd-3',
    });
    const pushed = await hub.request('reviewer', {
      method: 'POST',
      url: '/v1/sync/push',
      payload: { deviceId: 'device-r', events: [event] },
    });
    expect(pushed.json(), pushed.body).toMatchObject({
      results: [{ status: 'accepted', seq: referenceLog.length + 1 }],
    });
    await hub.close();
    await storage.close();
  });

  it('refuses a database written by a newer hub, and changes nothing in it', async () => {
    const storage = await engine.fresh();
    await storage.write(async (sql) => {
      await insertLogRows(sql, referenceLog.slice(0, 2));
      await writeHigh(sql, 2);
    });
    await storage.migrate((sql) =>
      sql.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        LATEST_SCHEMA_VERSION + 1,
        'from the future',
        new Date().toISOString(),
      ]),
    );
    const tables = await tableNames(storage);
    await expect(runMigrations(storage)).rejects.toThrow(NewerSchemaError);
    await expect(runMigrations(storage)).rejects.toThrow(
      new RegExp(`schema version ${LATEST_SCHEMA_VERSION + 1}.*newer hub`),
    );
    expect(await schemaVersion(storage)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(await tableNames(storage)).toEqual(tables);
    expect(await storage.read(readHigh)).toBe(2);
    await storage.close();
  });

  it('migrating again is a no-op', async () => {
    const storage = await engine.fresh();
    await storage.write(async (sql) => {
      await insertLogRows(sql, referenceLog);
      await writeHigh(sql, referenceLog.length);
    });
    const before = await storage.read(async (sql) => ({
      projections: await projections(sql),
      migrations: await sql.all('SELECT version, name, applied_at FROM schema_migrations'),
      identity: await readIdentity(sql),
    }));
    const report = await runMigrations(storage);
    expect(report).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION, applied: [] });
    expect(await runMigrations(storage)).toEqual(report);
    const after = await storage.read(async (sql) => ({
      projections: await projections(sql),
      migrations: await sql.all('SELECT version, name, applied_at FROM schema_migrations'),
      identity: await readIdentity(sql),
    }));
    expect(after).toEqual(before);
    await storage.close();
  });
});
