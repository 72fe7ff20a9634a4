/**
 * The real hub of one fault-model run, on its own fresh database: started listening on
 * 127.0.0.1, killed and restarted (the Fastify app and its storage closed, a new storage opened
 * on the same location, a new server), backed up and restored with the admin commands
 * (`hub/commands/backup.ts`, `restore.ts`: the epoch goes up). Users and tokens live in the
 * database, so they survive restarts and come back with a restore.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupCommand } from '../../../hub/commands/backup';
import { restoreCommand, type RestoreSummary } from '../../../hub/commands/restore';
import { buildHubServer, type HubServer } from '../../../hub/server/build-server';
import { runMigrations } from '../../../hub/storage/migrations/run-migrations';
import type { HubStorage } from '../../../hub/storage/storage';
import { createHubClient, type HubClient } from '../../../shared/sync/hub-client';
import { collectIo } from '../../hub/support/collect-io';
import type { DatabaseLocation, TestEngine } from '../../hub/support/engines';
import { addTestUser, type TestUser } from '../../hub/support/test-hub';

const clientOf = (baseUrl: string, user: TestUser): HubClient =>
  createHubClient({ fetch: globalThis.fetch, baseUrl, token: user.token, timeoutMs: 20_000 });

/** How long a killed hub lets requests in flight finish before it cuts their connections. */
const KILL_GRACE_MS = 20;

export interface HubUsers {
  lead: TestUser;
  reviewers: TestUser[];
  admin: TestUser;
}

export interface FaultHub {
  readonly users: HubUsers;
  /** Where it listens; null while it is down. */
  url(): string | null;
  /** The storage of the running hub (for reading projections in the checks). */
  storage(): HubStorage;
  start(before?: (lead: HubClient) => Promise<void>): Promise<string>;
  /** Kills it: the app and its storage are closed (requests under way finish or fail). */
  stop(): Promise<void>;
  restart(): Promise<string>;
  /** A backup file of the hub as it is now. */
  backup(): Promise<string>;
  /**
   * Stops the hub, restores `file` into its database, and starts it again; `before` runs with
   * the lead's client of the restored hub before anyone else can reach it.
   */
  restore(file: string, before: (lead: HubClient) => Promise<void>): Promise<RestoreSummary>;
  /** A fault-free client of the running hub as `user`. */
  client(user: TestUser): HubClient;
  /** Closes everything and removes the backups. */
  dispose(): Promise<void>;
}

/**
 * One database for a whole suite, with the users, and a backup of it in that pristine state:
 * each run restores the backup (a fresh hub, in one transaction) instead of creating and
 * dropping a database, which costs a second a run on PostgreSQL.
 */
export interface HubBase {
  location: DatabaseLocation;
  users: HubUsers;
  pristine: string;
  folder: string;
}

export async function createHubBase(engine: TestEngine): Promise<HubBase> {
  const location = await engine.freshLocation();
  const folder = mkdtempSync(join(tmpdir(), 'loupe-fault-hub-'));
  const storage = engine.open(location);
  try {
    await runMigrations(storage);
    const users: HubUsers = {
      lead: await addTestUser(storage, 'lee', 'lead'),
      reviewers: [
        await addTestUser(storage, 'rita', 'reviewer'),
        await addTestUser(storage, 'rui', 'reviewer'),
      ],
      admin: await addTestUser(storage, 'ada', 'admin'),
    };
    const pristine = join(folder, 'pristine.sqlite');
    await backupCommand(storage, collectIo(), pristine);
    return { location, users, pristine, folder };
  } finally {
    await storage.close();
  }
}

export function removeHubBase(base: HubBase): void {
  rmSync(base.folder, { recursive: true, force: true });
}

/** A fresh hub on the base's database (its pristine backup restored), listening. */
export async function openFaultHub(
  engine: TestEngine,
  base: HubBase,
  onUrl: (url: string | null) => void,
): Promise<FaultHub> {
  const { location, users } = base;
  const backups = mkdtempSync(join(tmpdir(), 'loupe-fault-backups-'));
  let storage: HubStorage | null = engine.open(location);
  await restoreCommand(storage, collectIo(), base.pristine, { yes: true });
  let server: HubServer | null = null;
  let url: string | null = null;
  let backupCount = 0;

  const setUrl = (next: string | null) => {
    url = next;
    onUrl(next);
  };

  const hub: FaultHub = {
    users,
    url: () => url,
    storage() {
      if (storage === null) {
        throw new Error('the hub is down');
      }
      return storage;
    },
    async start(before?: (lead: HubClient) => Promise<void>) {
      storage ??= engine.open(location);
      server = await buildHubServer({ storage, rateLimitPerMinute: 1_000_000 });
      const listening = await server.app.listen({ host: '127.0.0.1', port: 0 });
      await before?.(clientOf(listening, users.lead));
      setUrl(listening);
      return listening;
    },
    async stop() {
      setUrl(null);
      if (server !== null) {
        // As `serve` stops, with a short grace: requests in flight finish or are cut (a kill
        // after the commit), and keep-alive connections do not hold the close for a minute.
        const { app } = server;
        const cut = setTimeout(() => app.server.closeAllConnections(), KILL_GRACE_MS);
        await app.close();
        clearTimeout(cut);
      }
      server = null;
      await storage?.close();
      storage = null;
    },
    async restart() {
      await hub.stop();
      return hub.start();
    },
    async backup() {
      backupCount += 1;
      const file = join(backups, `backup-${backupCount}.sqlite`);
      await backupCommand(hub.storage(), collectIo(), file);
      return file;
    },
    async restore(file, before) {
      await hub.stop();
      storage = engine.open(location);
      const summary = await restoreCommand(storage, collectIo(), file, { yes: true });
      await hub.start(before);
      return summary;
    },
    client: (user) => clientOf(url ?? 'http://127.0.0.1:9', user),
    async dispose() {
      await hub.stop();
      rmSync(backups, { recursive: true, force: true });
    },
  };
  await hub.start();
  return hub;
}
